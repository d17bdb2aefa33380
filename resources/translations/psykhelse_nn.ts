<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Om Psykhelse Desktop</source>
            <translation>Om Psykhelse Desktop</translation>
        </message>
        <message>
            <source>&lt;b&gt;Psykhelse Desktop&lt;/b&gt; versjon %1&lt;br&gt;Journalen ligger i: %2</source>
            <translation>&lt;b&gt;Psykhelse Desktop&lt;/b&gt; versjon %1&lt;br&gt;Journalen ligg i: %2</translation>
        </message>
        <message>
            <source>Komponenter som følger med programmet, og lisensene:</source>
            <translation>Komponentar som følgjer med programmet, og lisensane:</translation>
        </message>
        <message>
            <source>Komponenter</source>
            <translation>Komponentar</translation>
        </message>
        <message>
            <source>Lisenstekst</source>
            <translation>Lisenstekst</translation>
        </message>
        <message>
            <source>Lisenstekstene er ikke installert sammen med programmet.</source>
            <translation>Lisenstekstane er ikkje installerte saman med programmet.</translation>
        </message>
    </context>
    <context>
        <name>AccessLogPage</name>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Hvem</source>
            <translation>Kven</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>Kva</translation>
        </message>
        <message>
            <source>Detaljer</source>
            <translation>Detaljar</translation>
        </message>
        <message>
            <source>Velg en tjenestemottaker i listen til venstre.</source>
            <translation>Vel ein tenestemottakar i lista til venstre.</translation>
        </message>
        <message>
            <source>Skriv &amp;ut listen...</source>
            <translation>Skriv &amp;ut lista...</translation>
        </message>
        <message>
            <source>Forhåndsvis listen som PDF, lagre eller skriv ut</source>
            <translation>Førehandsvis lista som PDF, lagre eller skriv ut</translation>
        </message>
        <message>
            <source>&amp;Innsyn: alt som er registrert...</source>
            <translation>&amp;Innsyn: alt som er registrert...</translation>
        </message>
        <message>
            <source>Alt som er registrert om personen i én PDF, for en begjæring om innsyn</source>
            <translation>Alt som er registrert om personen i éin PDF, for eit krav om innsyn</translation>
        </message>
        <message>
            <source>%1 oppføringer, nyeste først: %2.</source>
            <translation>%1 oppføringar, nyaste først: %2.</translation>
        </message>
        <message>
            <source>Skriver ut … (du kan arbeide videre imens)</source>
            <translation>Utskrifta er i gang … (du kan arbeide vidare i mellomtida)</translation>
        </message>
    </context>
    <context>
        <name>ActionItemRow</name>
        <message>
            <source>Hva skal gjøres?</source>
            <translation>Kva skal gjerast?</translation>
        </message>
        <message>
            <source>Frist (dd.mm.åååå)</source>
            <translation>Frist (dd.mm.åååå)</translation>
        </message>
        <message>
            <source>Oppgave</source>
            <translation>Oppgåve</translation>
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation>Ansvarleg</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Skriv datoen som dd.mm.åååå, for eksempel 03.02.2027.</source>
            <translation>Skriv datoen som dd.mm.åååå, til dømes 03.02.2027.</translation>
        </message>
    </context>
    <context>
        <name>ActionItemsPage</name>
        <message>
            <source>Oppgaver fra ansvarsgruppene</source>
            <translation>Oppgåver frå ansvarsgruppene</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Tjenestemottaker</source>
            <translation>Tenestemottakar</translation>
        </message>
        <message>
            <source>Oppgave</source>
            <translation>Oppgåve</translation>
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation>Ansvarleg</translation>
        </message>
        <message>
            <source>Møte</source>
            <translation>Møte</translation>
        </message>
        <message>
            <source>&amp;Merk som gjort</source>
            <translation>&amp;Merk som gjort</translation>
        </message>
        <message>
            <source>Å&amp;pne tjenestemottakeren</source>
            <translation>O&amp;pne tenestemottakaren</translation>
        </message>
        <message>
            <source>%1 – forfalt</source>
            <translation>%1 – over fristen</translation>
        </message>
        <message>
            <source>Ingen åpne oppgaver.</source>
            <translation>Ingen opne oppgåver.</translation>
        </message>
        <message>
            <source>1 åpen oppgave, %2 forfalt.</source>
            <translation>1 open oppgåve, %2 over fristen.</translation>
        </message>
        <message>
            <source>%1 åpne oppgaver, %2 forfalt.</source>
            <translation>%1 opne oppgåver, %2 over fristen.</translation>
        </message>
        <message>
            <source>Merket som gjort: «%1» (%2).</source>
            <translation>Merka som gjort: «%1» (%2).</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <source>Skriv tillegg (retting) – %1</source>
            <translation>Skriv tillegg (retting) – %1</translation>
        </message>
        <message>
            <source>Det opprinnelige notatet blir stående uendret. Tillegget blir signert i ditt navn med dato og klokkeslett, og vises under notatet.</source>
            <translation>Det opphavlege notatet står uendra. Tillegget blir signert i namnet ditt med dato og klokkeslett, og blir vist under notatet.</translation>
        </message>
        <message>
            <source>Notatet</source>
            <translation>Notatet</translation>
        </message>
        <message>
            <source>Hva rettes eller legges til, og hvorfor</source>
            <translation>Kva blir retta eller lagt til, og kvifor</translation>
        </message>
        <message>
            <source>Tillegg</source>
            <translation>Tillegg</translation>
        </message>
        <message>
            <source>Signer tillegget</source>
            <translation>Signer tillegget</translation>
        </message>
    </context>
    <context>
        <name>AddressBookPage</name>
        <message>
            <source>Søk i adresseboken</source>
            <translation>Søk i adresseboka</translation>
        </message>
        <message>
            <source>Virksomhet</source>
            <translation>Verksemd</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Kommune</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Virksomheter</source>
            <translation>Verksemder</translation>
        </message>
        <message>
            <source>Ny &amp;virksomhet...</source>
            <translation>Ny &amp;verksemd...</translation>
        </message>
        <message>
            <source>R&amp;ediger...</source>
            <translation>R&amp;ediger...</translation>
        </message>
        <message>
            <source>Personer</source>
            <translation>Personar</translation>
        </message>
        <message>
            <source>Ny &amp;person...</source>
            <translation>Ny &amp;person...</translation>
        </message>
        <message>
            <source>Re&amp;diger...</source>
            <translation>Re&amp;diger...</translation>
        </message>
    </context>
    <context>
        <name>AgendaSection</name>
        <message>
            <source>Hva saken gjelder</source>
            <translation>Kva saka gjeld</translation>
        </message>
        <message>
            <source>Det som ble sagt</source>
            <translation>Det som vart sagt</translation>
        </message>
        <message>
            <source>Det dere ble enige om</source>
            <translation>Det de vart samde om</translation>
        </message>
        <message>
            <source>Ingen ennå. Ctrl+T legger til en oppgave.</source>
            <translation>Ingen enno. Ctrl+T legg til ei oppgåve.</translation>
        </message>
        <message>
            <source>&amp;Tittel</source>
            <translation>&amp;Tittel</translation>
        </message>
        <message>
            <source>Referat</source>
            <translation>Referat</translation>
        </message>
        <message>
            <source>Vedtak/enighet</source>
            <translation>Vedtak/semje</translation>
        </message>
        <message>
            <source>Oppgaver</source>
            <translation>Oppgåver</translation>
        </message>
        <message>
            <source>Sak %1</source>
            <translation>Sak %1</translation>
        </message>
        <message>
            <source>Ingen.</source>
            <translation>Ingen.</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <source>Ingen er invitert til dette møtet.</source>
            <translation>Ingen er inviterte til dette møtet.</translation>
        </message>
        <message>
            <source>Møtt</source>
            <translation>Møtt</translation>
        </message>
        <message>
            <source>Møtt: %1</source>
            <translation>Møtt: %1</translation>
        </message>
        <message>
            <source>Grunn til fravær: %1</source>
            <translation>Grunn til fråvær: %1</translation>
        </message>
        <message>
            <source>Grunn til fravær</source>
            <translation>Grunn til fråvær</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Ta sikkerhetskopi</source>
            <translation>Ta tryggingskopi</translation>
        </message>
        <message>
            <source>Velg en mappe på minnepinnen</source>
            <translation>Vel ei mappe på minnepinnen</translation>
        </message>
        <message>
            <source>Mappe for sikkerhetskopien</source>
            <translation>Mappe for tryggingskopien</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>En sikkerhetskopi er én fil med hele journalen, kryptert med passordet ditt. Lagre den på en minnepinne eller en annen disk enn denne maskinen, og oppbevar den et annet sted enn maskinen. Med filen og passordet får du journalen tilbake, også på en ny maskin.</source>
            <translation>Ein tryggingskopi er éi fil med heile journalen, kryptert med passordet ditt. Lagre han på ein minnepinne eller ein annan disk enn denne maskinen, og oppbevar han ein annan stad enn maskinen. Med fila og passordet får du journalen tilbake, også på ein ny maskin.</translation>
        </message>
        <message>
            <source>Velg &amp;mappe…</source>
            <translation>Vel &amp;mappe…</translation>
        </message>
        <message>
            <source>Mappe:</source>
            <translation>Mappe:</translation>
        </message>
        <message>
            <source>Det er ikke tatt noen sikkerhetskopi utenfor maskinen ennå.</source>
            <translation>Det er ikkje teke nokon tryggingskopi utanfor maskinen enno.</translation>
        </message>
        <message>
            <source>i dag</source>
            <translation>i dag</translation>
        </message>
        <message>
            <source>i går</source>
            <translation>i går</translation>
        </message>
        <message>
            <source>%1 dager siden</source>
            <translation>%1 dagar sidan</translation>
        </message>
        <message>
            <source>Forrige sikkerhetskopi utenfor maskinen: %1 (%2).</source>
            <translation>Førre tryggingskopi utanfor maskinen: %1 (%2).</translation>
        </message>
        <message>
            <source>Velg mappe for kopien</source>
            <translation>Vel mappe for kopien</translation>
        </message>
        <message>
            <source>Tar sikkerhetskopi og kontrollerer den. Du kan arbeide videre.</source>
            <translation>Tek tryggingskopi og kontrollerer han. Du kan arbeide vidare.</translation>
        </message>
        <message>
            <source>Sikkerhetskopien er tatt og kontrollert.
Fil: %1
Mappe: %2

%3

Ta ut minnepinnen og oppbevar den et trygt sted, adskilt fra maskinen.</source>
            <translation>Tryggingskopien er teken og kontrollert.
Fil: %1
Mappe: %2

%3

Ta ut minnepinnen og oppbevar han ein trygg stad, åtskilt frå maskinen.</translation>
        </message>
    </context>
    <context>
        <name>CarriedOverPanel</name>
        <message>
            <source>Kryss av når oppgaven er gjort</source>
            <translation>Kryss av når oppgåva er gjord</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Bytt passord</source>
            <translation>Byt passord</translation>
        </message>
        <message>
            <source>Velg et nytt passord, gjerne fire tilfeldige ord. Sikkerhetskopier du alt har tatt, beholder det gamle passordet.</source>
            <translation>Vel eit nytt passord, gjerne fire tilfeldige ord. Tryggingskopiar du alt har teke, held på det gamle passordet.</translation>
        </message>
        <message>
            <source>Nåværende passord</source>
            <translation>Noverande passord</translation>
        </message>
        <message>
            <source>Nytt passord</source>
            <translation>Nytt passord</translation>
        </message>
        <message>
            <source>Gjenta det nye</source>
            <translation>Gjenta det nye</translation>
        </message>
        <message>
            <source>Styrke: %1</source>
            <translation>Styrke: %1</translation>
        </message>
    </context>
    <context>
        <name>CloseServiceDialog</name>
        <message>
            <source>Avslutt tjenesten for %1</source>
            <translation>Avslutt tenesta for %1</translation>
        </message>
        <message>
            <source>Sluttdato</source>
            <translation>Sluttdato</translation>
        </message>
        <message>
            <source>Begrunnelse</source>
            <translation>Grunngjeving</translation>
        </message>
        <message>
            <source>Avslutt</source>
            <translation>Avslutt</translation>
        </message>
        <message>
            <source>Skriv sluttdatoen.</source>
            <translation>Skriv sluttdatoen.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Sammenlign revisjoner</source>
            <translation>Samanlikn revisjonar</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Endringer fra venstre til høyre revisjon</source>
            <translation>Endringar frå venstre til høgre revisjon</translation>
        </message>
        <message>
            <source>Revisjon %1, %2</source>
            <translation>Revisjon %1, %2</translation>
        </message>
        <message>
            <source>&amp;Venstre</source>
            <translation>&amp;Venstre</translation>
        </message>
        <message>
            <source>&amp;Høyre</source>
            <translation>&amp;Høgre</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Venstre</source>
            <translation>Venstre</translation>
        </message>
        <message>
            <source>Høyre</source>
            <translation>Høgre</translation>
        </message>
        <message>
            <source>Ingen endringer.</source>
            <translation>Ingen endringar.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Endret et annet sted</source>
            <translation>Endra ein annan stad</translation>
        </message>
        <message>
            <source>Felt du ikke har endret, får det som er lagret, uansett hva du velger.</source>
            <translation>Felt du ikkje har endra, får det som er lagra, same kva du vel.</translation>
        </message>
        <message>
            <source>Felt</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Det du har skrevet</source>
            <translation>Det du har skrive</translation>
        </message>
        <message>
            <source>Lagret nå</source>
            <translation>Lagra no</translation>
        </message>
        <message>
            <source>(tomt)</source>
            <translation>(tomt)</translation>
        </message>
        <message>
            <source>(ikke endret av deg)</source>
            <translation>(ikkje endra av deg)</translation>
        </message>
        <message>
            <source>&amp;Behold mine endringer</source>
            <translation>&amp;Behald endringane mine</translation>
        </message>
        <message>
            <source>Bruk det &amp;lagrede</source>
            <translation>Bruk det &amp;lagra</translation>
        </message>
        <message>
            <source>&amp;Gå tilbake og rediger</source>
            <translation>&amp;Gå tilbake og rediger</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Samtykke til deling – %1</source>
            <translation>Samtykke til deling – %1</translation>
        </message>
        <message>
            <source>Referatet og sakslisten sendes bare til medlemmer tjenestemottakeren har samtykket til å dele opplysninger med; andre får bare tid og sted. Samtykket står også i planens samtykkeliste. Det kan trekkes tilbake når som helst.</source>
            <translation>Referatet og sakslista blir berre sende til medlemmer som tenestemottakaren har samtykt til å dele opplysningar med; andre får berre tid og stad. Samtykket står også i samtykkelista i planen. Det kan trekkjast tilbake når som helst.</translation>
        </message>
        <message>
            <source>Har samtykket</source>
            <translation>Har samtykt</translation>
        </message>
        <message>
            <source>Ikke samtykke (trekk tilbake)</source>
            <translation>Ikkje samtykke (trekk tilbake)</translation>
        </message>
        <message>
            <source>Samtykke</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Utløper</source>
            <translation>Går ut</translation>
        </message>
        <message>
            <source>Skriv datoen tjenestemottakeren samtykket.</source>
            <translation>Skriv datoen tenestemottakaren samtykte.</translation>
        </message>
        <message>
            <source>Gjelder</source>
            <translation>Gjeld</translation>
        </message>
        <message>
            <source>Dele med</source>
            <translation>Dele med</translation>
        </message>
        <message>
            <source>Hva kan deles</source>
            <translation>Kva kan delast</translation>
        </message>
        <message>
            <source>Gitt dato</source>
            <translation>Gjeve dato</translation>
        </message>
        <message>
            <source>Signert skjema</source>
            <translation>Signert skjema</translation>
        </message>
        <message>
            <source>Mottatt</source>
            <translation>Motteke</translation>
        </message>
    </context>
    <context>
        <name>ContactLinkDialog</name>
        <message>
            <source>Koble til samarbeidspartner</source>
            <translation>Kople til samarbeidspartnar</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorDialog</name>
        <message>
            <source>Velg koordinator</source>
            <translation>Vel koordinator</translation>
        </message>
        <message>
            <source>Koordinatoren har ansvar for oppfølgingen og framdriften i planen. Tjenestemottakeren skal få tilbud om koordinator også uten plan.</source>
            <translation>Koordinatoren har ansvar for oppfølginga og framdrifta i planen. Tenestemottakaren skal få tilbod om koordinator også utan plan.</translation>
        </message>
        <message>
            <source>Koordinator</source>
            <translation>Koordinator</translation>
        </message>
        <message>
            <source>Gjelder fra</source>
            <translation>Gjeld frå</translation>
        </message>
        <message>
            <source>Meg selv (%1)</source>
            <translation>Meg sjølv (%1)</translation>
        </message>
        <message>
            <source>Skriv datoen koordinatoren gjelder fra.</source>
            <translation>Skriv datoen koordinatoren gjeld frå.</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Rett referatet</source>
            <translation>Rett referatet</translation>
        </message>
        <message>
            <source>Referatet er skrevet ut eller sendt og kan ikke endres. En rettelse blir en ny versjon, merket som rettet. Den låste versjonen blir tatt vare på.</source>
            <translation>Referatet er skrive ut eller sendt og kan ikkje endrast. Ei retting blir ein ny versjon, merkt som retta. Den låste versjonen blir teken vare på.</translation>
        </message>
        <message>
            <source>Hva rettes, og hvorfor</source>
            <translation>Kva blir retta, og kvifor</translation>
        </message>
        <message>
            <source>Lag rettet versjon</source>
            <translation>Lag retta versjon</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd.mm.åååå</source>
            <translation>dd.mm.åååå</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Nytt vedtak – %1</source>
            <translation>Nytt vedtak – %1</translation>
        </message>
        <message>
            <source>Endre vedtak – %1</source>
            <translation>Endre vedtak – %1</translation>
        </message>
        <message>
            <source>Skriv av vedtaksbrevet. La «Gjelder til» stå tom når vedtaket gjelder inntil videre. Et vedtak blir aldri slettet; avslutt det i stedet.</source>
            <translation>Skriv av vedtaksbrevet. La «Gjeld til» stå tomt når vedtaket gjeld inntil vidare. Eit vedtak blir aldri sletta; avslutt det i staden.</translation>
        </message>
        <message>
            <source>Tjeneste</source>
            <translation>Teneste</translation>
        </message>
        <message>
            <source>for eksempel 2,5</source>
            <translation>til dømes 2,5</translation>
        </message>
        <message>
            <source>Timer per uke</source>
            <translation>Timar per veke</translation>
        </message>
        <message>
            <source>Vedtatt</source>
            <translation>Vedteke</translation>
        </message>
        <message>
            <source>Gjelder fra</source>
            <translation>Gjeld frå</translation>
        </message>
        <message>
            <source>Gjelder til</source>
            <translation>Gjeld til</translation>
        </message>
        <message>
            <source>inntil videre</source>
            <translation>inntil vidare</translation>
        </message>
        <message>
            <source>Evalueres</source>
            <translation>Blir evaluert</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Skriv timer per uke som et tall, for eksempel 2,5.</source>
            <translation>Skriv timar per veke som eit tal, til dømes 2,5.</translation>
        </message>
    </context>
    <context>
        <name>DetailView</name>
        <message>
            <source>Velg en tjenestemottaker i listen til venstre.</source>
            <translation>Vel ein tenestemottakar i lista til venstre.</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Relasjon</source>
            <translation>Relasjon</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Fastlege</source>
            <translation>Fastlege</translation>
        </message>
        <message>
            <source>Kontor</source>
            <translation>Kontor</translation>
        </message>
        <message>
            <source>Fra</source>
            <translation>Frå</translation>
        </message>
        <message>
            <source>Til</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Virksomhet</source>
            <translation>Verksemd</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Av</source>
            <translation>Av</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>Kva</translation>
        </message>
        <message>
            <source>Detaljer</source>
            <translation>Detaljar</translation>
        </message>
        <message>
            <source>Pårørende</source>
            <translation>Pårørande</translation>
        </message>
        <message>
            <source>Ny &amp;pårørende...</source>
            <translation>Ny &amp;pårørande...</translation>
        </message>
        <message>
            <source>R&amp;ediger...</source>
            <translation>R&amp;ediger...</translation>
        </message>
        <message>
            <source>F&amp;jern...</source>
            <translation>F&amp;jern...</translation>
        </message>
        <message>
            <source>Ny f&amp;astlege...</source>
            <translation>Ny f&amp;astlege...</translation>
        </message>
        <message>
            <source>Samarbeidspartnere</source>
            <translation>Samarbeidspartnarar</translation>
        </message>
        <message>
            <source>&amp;Koble til...</source>
            <translation>&amp;Kople til...</translation>
        </message>
        <message>
            <source>Fjer&amp;n...</source>
            <translation>Fjer&amp;n...</translation>
        </message>
        <message>
            <source>Endringslogg</source>
            <translation>Endringslogg</translation>
        </message>
        <message>
            <source>Personalia</source>
            <translation>Personalia</translation>
        </message>
        <message>
            <source>nå</source>
            <translation>no</translation>
        </message>
        <message>
            <source> (nærmeste)</source>
            <translation> (nærmaste)</translation>
        </message>
        <message>
            <source>Ikke kontakt uten samtykke</source>
            <translation>Ikkje kontakt utan samtykke</translation>
        </message>
        <message>
            <source>mindreårig barn</source>
            <translation>mindreårig barn</translation>
        </message>
        <message>
            <source>Fjerne %1 fra listen over pårørende? Opplysningene blir tatt vare på.</source>
            <translation>Fjerne %1 frå lista over pårørande? Opplysningane blir tekne vare på.</translation>
        </message>
        <message>
            <source>Fjerne koblingen til %1? Den blir tatt vare på i endringsloggen.</source>
            <translation>Fjerne koplinga til %1? Ho blir teken vare på i endringsloggen.</translation>
        </message>
    </context>
    <context>
        <name>EditorFrame</name>
        <message>
            <source>Låste versjoner kan leses, ikke endres</source>
            <translation>Låste versjonar kan lesast, ikkje endrast</translation>
        </message>
        <message>
            <source>Skriv &amp;ut</source>
            <translation>Skriv &amp;ut</translation>
        </message>
        <message>
            <source>Ctrl+Enter: ny sak · Ctrl+D: vedtak · Ctrl+T: ny oppgave (Enter lagrer den) · </source>
            <translation>Ctrl+Enter: ny sak · Ctrl+D: vedtak · Ctrl+T: ny oppgåve (Enter lagrar ho) · </translation>
        </message>
        <message>
            <source>Ctrl+S: lagre · Esc: lukk</source>
            <translation>Ctrl+S: lagre · Esc: lukk</translation>
        </message>
        <message>
            <source>&amp;Ny sak</source>
            <translation>&amp;Ny sak</translation>
        </message>
        <message>
            <source>Ny sak (Ctrl+Enter)</source>
            <translation>Ny sak (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>&amp;Lagre</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>Lagre referatet (Ctrl+S)</source>
            <translation>Lagre referatet (Ctrl+S)</translation>
        </message>
        <message>
            <source>Lu&amp;kk</source>
            <translation>Lu&amp;kk</translation>
        </message>
        <message>
            <source>Lukk (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <source>&amp;Rett referatet...</source>
            <translation>&amp;Rett referatet...</translation>
        </message>
        <message>
            <source>&amp;Versjon</source>
            <translation>&amp;Versjon</translation>
        </message>
        <message>
            <source>Ansvarsgruppemøte – %1</source>
            <translation>Ansvarsgruppemøte – %1</translation>
        </message>
        <message>
            <source>Lagret kl. %1</source>
            <translation>Lagra kl. %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>%1 – under arbeid</source>
            <translation>%1 – under arbeid</translation>
        </message>
        <message>
            <source>Referatet er låst (%1). Rett med en ny versjon.</source>
            <translation>Referatet er låst (%1). Rett med ein ny versjon.</translation>
        </message>
        <message>
            <source>Versjon %1 er en rettet versjon. Rettet: %2</source>
            <translation>Versjon %1 er ein retta versjon. Retta: %2</translation>
        </message>
        <message>
            <source>%1 – %2 %3</source>
            <translation>%1 – %2 %3</translation>
        </message>
        <message>
            <source>Dette er versjon %1, låst (%2). Gjeldende versjon er %3.</source>
            <translation>Dette er versjon %1, låst (%2). Gjeldande versjon er %3.</translation>
        </message>
    </context>
    <context>
        <name>EmptyGroupState</name>
        <message>
            <source>Ingen ansvarsgruppe ennå</source>
            <translation>Inga ansvarsgruppe enno</translation>
        </message>
        <message>
            <source>En ansvarsgruppe samler dem som gir tjenester til tjenestemottakeren, for eksempel fastlegen, NAV, DPS og hjemmesykepleien, og pårørende når tjenestemottakeren ønsker det. Gruppen møtes jevnlig for å avtale hvem som gjør hva. Koordinatoren leder møtene, skriver referat og følger opp det som er avtalt.

Ha med så få som mulig. Referatet sendes bare til medlemmer tjenestemottakeren har samtykket til å dele opplysninger med.</source>
            <translation>Ei ansvarsgruppe samlar dei som gir tenester til tenestemottakaren, til dømes fastlegen, NAV, DPS og heimesjukepleia, og pårørande når tenestemottakaren ønskjer det. Gruppa møtest jamleg for å avtale kven som gjer kva. Koordinatoren leiar møta, skriv referat og følgjer opp det som er avtalt.

Ha med så få som mogleg. Referatet blir berre sendt til medlemmer som tenestemottakaren har samtykt til å dele opplysningar med.</translation>
        </message>
        <message>
            <source>&amp;Opprett ansvarsgruppe</source>
            <translation>&amp;Opprett ansvarsgruppe</translation>
        </message>
    </context>
    <context>
        <name>EmptyPlanState</name>
        <message>
            <source>Ingen individuell plan ennå</source>
            <translation>Inga individuell plan enno</translation>
        </message>
        <message>
            <source>Personer som trenger langvarige og koordinerte tjenester, har rett til en individuell plan. Det er tjenestemottakeren som bestemmer om hun eller han vil ha en plan, og planen skrives sammen med henne eller ham, med egne ord.

Tjenestemottakeren skal få tilbud om koordinator også når hun eller han ikke ønsker plan.</source>
            <translation>Personar som treng langvarige og koordinerte tenester, har rett til ein individuell plan. Det er tenestemottakaren som avgjer om ho eller han vil ha ein plan, og planen blir skriven saman med henne eller han, med eigne ord.

Tenestemottakaren skal få tilbod om koordinator også når ho eller han ikkje ønskjer plan.</translation>
        </message>
        <message>
            <source>&amp;Lag individuell plan</source>
            <translation>&amp;Lag individuell plan</translation>
        </message>
        <message>
            <source>Velg &amp;koordinator...</source>
            <translation>Vel &amp;koordinator...</translation>
        </message>
        <message>
            <source>Koordinator: ingen er valgt.</source>
            <translation>Koordinator: ingen er vald.</translation>
        </message>
        <message>
            <source>Koordinator: %1, fra %2</source>
            <translation>Koordinator: %1, frå %2</translation>
        </message>
    </context>
    <context>
        <name>EndDecisionDialog</name>
        <message>
            <source>Avslutt vedtak – %1</source>
            <translation>Avslutt vedtak – %1</translation>
        </message>
        <message>
            <source>%1, %2 timer per uke, fra %3.</source>
            <translation>%1, %2 timar per veke, frå %3.</translation>
        </message>
        <message>
            <source>Vedtaket blir tatt vare på med sluttdatoen.</source>
            <translation>Vedtaket blir teke vare på med sluttdatoen.</translation>
        </message>
        <message>
            <source>Siste dag</source>
            <translation>Siste dag</translation>
        </message>
        <message>
            <source>Avslutt vedtaket</source>
            <translation>Avslutt vedtaket</translation>
        </message>
        <message>
            <source>Skriv siste dag vedtaket gjelder.</source>
            <translation>Skriv siste dagen vedtaket gjeld.</translation>
        </message>
    </context>
    <context>
        <name>EndMemberDialog</name>
        <message>
            <source>Ta ut av gruppen – %1</source>
            <translation>Ta ut av gruppa – %1</translation>
        </message>
        <message>
            <source>%1 tas ut av gruppen etter datoen under. Medlemskapet og tidligere møter blir tatt vare på.</source>
            <translation>%1 blir teken ut av gruppa etter datoen under. Medlemskapet og tidlegare møte blir tekne vare på.</translation>
        </message>
        <message>
            <source>Siste dag i gruppen</source>
            <translation>Siste dag i gruppa</translation>
        </message>
        <message>
            <source>Ta ut</source>
            <translation>Ta ut</translation>
        </message>
        <message>
            <source>Skriv siste dag i gruppen.</source>
            <translation>Skriv siste dagen i gruppa.</translation>
        </message>
    </context>
    <context>
        <name>EntryReader</name>
        <message>
            <source>&amp;Endre utkast...</source>
            <translation>&amp;Endre utkast...</translation>
        </message>
        <message>
            <source>&amp;Signer...</source>
            <translation>&amp;Signer...</translation>
        </message>
        <message>
            <source>S&amp;lett utkast...</source>
            <translation>S&amp;lett utkast...</translation>
        </message>
        <message>
            <source>Skriv tillegg (&amp;retting)...</source>
            <translation>Skriv tillegg (&amp;retting)...</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDialog</name>
        <message>
            <source>Evaluer planen</source>
            <translation>Evaluer planen</translation>
        </message>
        <message>
            <source>&amp;Dato for evalueringen</source>
            <translation>&amp;Dato for evalueringa</translation>
        </message>
        <message>
            <source>Du går gjennom %1 mål, ett om gangen, og skriver til slutt hva som skjer videre.</source>
            <translation>Du går gjennom %1 mål, eitt om gongen, og skriv til slutt kva som skjer vidare.</translation>
        </message>
        <message>
            <source>Evaluering av planen</source>
            <translation>Evaluering av planen</translation>
        </message>
        <message>
            <source>Mål %1 av %2</source>
            <translation>Mål %1 av %2</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>&amp;Kommentar</source>
            <translation>&amp;Kommentar</translation>
        </message>
        <message>
            <source>Hva skjer videre? Nye mål, endrede tiltak, neste evaluering.</source>
            <translation>Kva skjer vidare? Nye mål, endra tiltak, neste evaluering.</translation>
        </message>
        <message>
            <source>Hva skjer videre</source>
            <translation>Kva skjer vidare</translation>
        </message>
        <message>
            <source>&lt; &amp;Tilbake</source>
            <translation>&lt; &amp;Tilbake</translation>
        </message>
        <message>
            <source>&amp;Neste &gt;</source>
            <translation>&amp;Neste &gt;</translation>
        </message>
        <message>
            <source>&amp;Lagre evaluering</source>
            <translation>&amp;Lagre evalueringa</translation>
        </message>
        <message>
            <source>Lagre evaluering (Ctrl+S)</source>
            <translation>Lagre evalueringa (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Avbryt</source>
            <translation>&amp;Avbryt</translation>
        </message>
        <message>
            <source>Skriv datoen som dd.mm.åååå.</source>
            <translation>Skriv datoen som dd.mm.åååå.</translation>
        </message>
        <message>
            <source>Evalueringen er ikke lagret. Forkaste det du har skrevet?</source>
            <translation>Evalueringa er ikkje lagra. Forkaste det du har skrive?</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Tall til kommunen</source>
            <translation>Tal til kommunen</translation>
        </message>
        <message>
            <source>Lagre fil...</source>
            <translation>Lagre fil...</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Lagre tall for en periode som CSV-fil. Tall fra 1 til %1 vises som «&lt;%2», så ingen kan kjennes igjen (grensen endres under Innstillinger).
Tallene kommer fra vedtakene: en tjenestemottaker telles når et vedtak gjelder i perioden, og som ny når vedtaket begynner i perioden. Startdatoen alene teller ikke.</source>
            <translation>Lagre tal for ein periode som CSV-fil. Tal frå 1 til %1 blir viste som «&lt;%2», så ingen kan kjennast att (grensa blir endra under Innstillingar).
Tala kjem frå vedtaka: ein tenestemottakar blir talt når eit vedtak gjeld i perioden, og som ny når vedtaket byrjar i perioden. Startdatoen åleine tel ikkje.</translation>
        </message>
        <message>
            <source>&amp;Periode</source>
            <translation>&amp;Periode</translation>
        </message>
        <message>
            <source>&amp;Fra</source>
            <translation>&amp;Frå</translation>
        </message>
        <message>
            <source>&amp;Til</source>
            <translation>&amp;Til</translation>
        </message>
        <message>
            <source>&amp;Rapport</source>
            <translation>&amp;Rapport</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>F&amp;ormat</translation>
        </message>
        <message>
            <source>&amp;Mottaker</source>
            <translation>&amp;Mottakar</translation>
        </message>
        <message>
            <source>%1 tjenestemottakere har startdato men ikke vedtak og telles ikke som nye. Registrer vedtaket under «Vedtak og tjenester» hvis de skal telles.</source>
            <translation>%1 tenestemottakarar har startdato men ikkje vedtak og blir ikkje talde som nye. Registrer vedtaket under «Vedtak og tenester» om dei skal teljast.</translation>
        </message>
        <message>
            <source>1 tjenestemottaker har startdato men ikke vedtak og telles ikke som ny. Registrer vedtaket under «Vedtak og tjenester» hvis hun eller han skal telles.</source>
            <translation>1 tenestemottakar har startdato men ikkje vedtak og blir ikkje talt som ny. Registrer vedtaket under «Vedtak og tenester» om ho eller han skal teljast.</translation>
        </message>
        <message>
            <source>Ta med &amp;navn og fødselsnummer</source>
            <translation>Ta med &amp;namn og fødselsnummer</translation>
        </message>
        <message>
            <source>Advarsel: Filen vil vise navn, fødselsnummer og fødselsdato for alle på listen. Kommunen trenger vanligvis ikke det. Send filen bare kryptert, og bare til noen som har tjenstlig behov. Uten dette valget får hver person et pseudonym (P001 ...).</source>
            <translation>Åtvaring: Fila vil vise namn, fødselsnummer og fødselsdato for alle på lista. Kommunen treng vanlegvis ikkje det. Send fila berre kryptert, og berre til nokon som har tenestleg behov. Utan dette valet får kvar person eit pseudonym (P001 ...).</translation>
        </message>
        <message>
            <source>Lagre personlisten med navn og fødselsnummer?</source>
            <translation>Lagre personlista med namn og fødselsnummer?</translation>
        </message>
        <message>
            <source>Navn og fødselsnummer</source>
            <translation>Namn og fødselsnummer</translation>
        </message>
        <message>
            <source>Lagre med navn</source>
            <translation>Lagre med namn</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Lagre som CSV</source>
            <translation>Lagre som CSV</translation>
        </message>
        <message>
            <source>Lagrer tallene…</source>
            <translation>Lagrar tala…</translation>
        </message>
        <message>
            <source>Lagret %1 rader i %2. Registrert i utleveringsloggen.</source>
            <translation>Lagra %1 rader i %2. Registrert i utleveringsloggen.</translation>
        </message>
    </context>
    <context>
        <name>ExtractDialog</name>
        <message>
            <source>Journalutdrag – %1</source>
            <translation>Journalutdrag – %1</translation>
        </message>
        <message>
            <source>Utdraget viser de signerte notatene i perioden, med tillegg. Utkast kommer ikke med. Utskriften blir ført i utleveringsloggen.</source>
            <translation>Utdraget viser dei signerte notata i perioden, med tillegg. Utkast kjem ikkje med. Utskrifta blir ført i utleveringsloggen.</translation>
        </message>
        <message>
            <source>Fra og med</source>
            <translation>Frå og med</translation>
        </message>
        <message>
            <source>Til og med</source>
            <translation>Til og med</translation>
        </message>
        <message>
            <source>&amp;Forhåndsvis</source>
            <translation>&amp;Førehandsvis</translation>
        </message>
        <message>
            <source>Journalutdrag – %1 %2</source>
            <translation>Journalutdrag – %1 %2</translation>
        </message>
        <message>
            <source>Skriv første dag i perioden.</source>
            <translation>Skriv første dagen i perioden.</translation>
        </message>
        <message>
            <source>Skriv siste dag i perioden.</source>
            <translation>Skriv siste dagen i perioden.</translation>
        </message>
        <message>
            <source>Kunne ikke skrive utdraget. Sjekk at det er plass på disken. (%1)</source>
            <translation>Kunne ikkje skrive utdraget. Sjekk at det er plass på disken. (%1)</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Velkommen til Psykhelse Desktop</source>
            <translation>Velkomen til Psykhelse Desktop</translation>
        </message>
        <message>
            <source>Journalen lagres kryptert på denne maskinen. Velg et passord du husker: uten passordet kan ingen, heller ikke du, åpne journalen igjen. Et langt passord av flere ord er både sterkt og lett å huske.</source>
            <translation>Journalen blir lagra kryptert på denne maskinen. Vel eit passord du hugsar: utan passordet kan ingen, heller ikkje du, opne journalen igjen. Eit langt passord av fleire ord er både sterkt og lett å hugse.</translation>
        </message>
        <message>
            <source>Passord</source>
            <translation>Passord</translation>
        </message>
        <message>
            <source>Gjenta passordet</source>
            <translation>Gjenta passordet</translation>
        </message>
        <message>
            <source>Psykiatrisk sykepleier</source>
            <translation>Psykiatrisk sjukepleiar</translation>
        </message>
        <message>
            <source>Opprett journal</source>
            <translation>Opprett journal</translation>
        </message>
        <message>
            <source>Skriv navnet ditt; det står på alt du skriver og skriver ut.</source>
            <translation>Skriv namnet ditt; det står på alt du skriv og skriv ut.</translation>
        </message>
        <message>
            <source>Skriv navnet på kommunen.</source>
            <translation>Skriv namnet på kommunen.</translation>
        </message>
        <message>
            <source>Styrke: %1</source>
            <translation>Styrke: %1</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Du har endret noe som ikke er lagret. Forkaste det?</source>
            <translation>Du har endra noko som ikkje er lagra. Forkaste det?</translation>
        </message>
        <message>
            <source>%1 (Ctrl+S)</source>
            <translation>%1 (Ctrl+S)</translation>
        </message>
        <message>
            <source>Skriv datoen som dd.mm.åååå, for eksempel 03.02.2025.</source>
            <translation>Skriv datoen som dd.mm.åååå, til dømes 03.02.2025.</translation>
        </message>
        <message>
            <source>Dette skjemaet kan ikke lagres.</source>
            <translation>Dette skjemaet kan ikkje lagrast.</translation>
        </message>
        <message>
            <source>tomt</source>
            <translation>tomt</translation>
        </message>
        <message>
            <source>Lagret et annet sted: «%1»</source>
            <translation>Lagra ein annan stad: «%1»</translation>
        </message>
        <message>
            <source>Det som er lagret et annet sted, står under feltene. Rett det du vil, og lagre: da gjelder det du lagrer.</source>
            <translation>Det som er lagra ein annan stad, står under felta. Rett det du vil, og lagre: då gjeld det du lagrar.</translation>
        </message>
        <message>
            <source>Rett feltene som er merket med rødt, og lagre igjen.</source>
            <translation>Rett felta som er merkte med raudt, og lagre igjen.</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Lagre (Ctrl+S)</source>
            <translation>Lagre (Ctrl+S)</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Mål</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Skriv målet med tjenestemottakerens egne ord.</source>
            <translation>Skriv målet med eigne ord frå tenestemottakaren.</translation>
        </message>
        <message>
            <source>Livsområde</source>
            <translation>Livsområde</translation>
        </message>
        <message>
            <source>Målet</source>
            <translation>Målet</translation>
        </message>
        <message>
            <source>Skriv målet før du lagrer.</source>
            <translation>Skriv målet før du lagrar.</translation>
        </message>
    </context>
    <context>
        <name>GpDialog</name>
        <message>
            <source>Ny fastlege</source>
            <translation>Ny fastlege</translation>
        </message>
        <message>
            <source>Adresseboken er tom: skriv legen under</source>
            <translation>Adresseboka er tom: skriv legen under</translation>
        </message>
        <message>
            <source>Fra adresseboken</source>
            <translation>Frå adresseboka</translation>
        </message>
        <message>
            <source>Eller ny lege</source>
            <translation>Eller ny lege</translation>
        </message>
        <message>
            <source>Legens navn, hvis legen ikke står i adresseboken</source>
            <translation>Namnet på legen, viss legen ikkje står i adresseboka</translation>
        </message>
        <message>
            <source>Legekontor</source>
            <translation>Legekontor</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Gjelder fra</source>
            <translation>Gjeld frå</translation>
        </message>
        <message>
            <source>Skriv datoen den nye fastlegen gjelder fra.</source>
            <translation>Skriv datoen den nye fastlegen gjeld frå.</translation>
        </message>
        <message>
            <source>Velg legen fra adresseboken, eller skriv navnet på en ny lege.</source>
            <translation>Vel legen frå adresseboka, eller skriv namnet på ein ny lege.</translation>
        </message>
    </context>
    <context>
        <name>GroupPage</name>
        <message>
            <source>Velg en tjenestemottaker i listen til venstre.</source>
            <translation>Vel ein tenestemottakar i lista til venstre.</translation>
        </message>
        <message>
            <source>Neste møte</source>
            <translation>Neste møte</translation>
        </message>
        <message>
            <source>Åpne &amp;neste møte</source>
            <translation>Opne &amp;neste møte</translation>
        </message>
        <message>
            <source>Avl&amp;ys neste møte...</source>
            <translation>Avl&amp;ys neste møte...</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Virksomhet</source>
            <translation>Verksemd</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Samtykke</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>Medlem</source>
            <translation>Medlem</translation>
        </message>
        <message>
            <source>Samtykke til å dele referatet med medlemmet</source>
            <translation>Samtykke til å dele referatet med medlemmet</translation>
        </message>
        <message>
            <source>Medlemmer</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <source>Legg til &amp;medlem...</source>
            <translation>Legg til &amp;medlem...</translation>
        </message>
        <message>
            <source>&amp;Samtykke til deling...</source>
            <translation>&amp;Samtykke til deling...</translation>
        </message>
        <message>
            <source>Ta &amp;ut av gruppen...</source>
            <translation>Ta &amp;ut av gruppa...</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Stad</translation>
        </message>
        <message>
            <source>Invitert</source>
            <translation>Invitert</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Referat</source>
            <translation>Referat</translation>
        </message>
        <message>
            <source>Møter</source>
            <translation>Møte</translation>
        </message>
        <message>
            <source>&amp;Planlegg møte...</source>
            <translation>&amp;Planlegg møte...</translation>
        </message>
        <message>
            <source>Å&amp;pne møtet</source>
            <translation>O&amp;pne møtet</translation>
        </message>
        <message>
            <source>&amp;Avlys møte...</source>
            <translation>&amp;Avlys møte...</translation>
        </message>
        <message>
            <source>Ansvarsgruppe – %1</source>
            <translation>Ansvarsgruppe – %1</translation>
        </message>
        <message>
            <source>Avsluttet %1</source>
            <translation>Avslutta %1</translation>
        </message>
        <message>
            <source>Opprettet %1</source>
            <translation>Oppretta %1</translation>
        </message>
        <message>
            <source>  ·  Møter hver %1. uke</source>
            <translation>  ·  Møte kvar %1. veke</translation>
        </message>
        <message>
            <source>  ·  %1 aktive medlemmer</source>
            <translation>  ·  %1 aktive medlemmer</translation>
        </message>
        <message>
            <source>Tjenestemottakeren får alltid referatet fra sine egne møter.</source>
            <translation>Tenestemottakaren får alltid referatet frå sine eigne møte.</translation>
        </message>
        <message>
            <source>Tjenestemottakeren kan ikke tas ut av sin egen ansvarsgruppe.</source>
            <translation>Tenestemottakaren kan ikkje takast ut av si eiga ansvarsgruppe.</translation>
        </message>
        <message>
            <source>%1 er allerede tatt ut av gruppen (siste dag %2).</source>
            <translation>%1 er alt teken ut av gruppa (siste dag %2).</translation>
        </message>
        <message>
            <source>Bare planlagte møter kan avlyses.</source>
            <translation>Berre planlagde møte kan avlysast.</translation>
        </message>
        <message>
            <source>Avlyse møtet %1? Det blir stående i historikken som avlyst.</source>
            <translation>Avlyse møtet %1? Det blir ståande i historikken som avlyst.</translation>
        </message>
        <message>
            <source>Ansvarsgruppe</source>
            <translation>Ansvarsgruppe</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Brukerveiledning – Psykhelse Desktop</source>
            <translation>Brukarrettleiing – Psykhelse Desktop</translation>
        </message>
        <message>
            <source>Brukerveiledning</source>
            <translation>Brukarrettleiing</translation>
        </message>
        <message>
            <source>Brukerveiledningen er ikke installert sammen med programmet (%1).</source>
            <translation>Brukarrettleiinga er ikkje installert saman med programmet (%1).</translation>
        </message>
    </context>
    <context>
        <name>IdentityPanel</name>
        <message>
            <source>Fødselsnummer</source>
            <translation>Fødselsnummer</translation>
        </message>
        <message>
            <source>Fødselsdato</source>
            <translation>Fødselsdato</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Merknader</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <source>Slik når du personen</source>
            <translation>Slik når du personen</translation>
        </message>
        <message>
            <source>Tjeneste</source>
            <translation>Teneste</translation>
        </message>
        <message>
            <source>Målform i utskrifter</source>
            <translation>Målform i utskrifter</translation>
        </message>
        <message>
            <source>Ikke registrert</source>
            <translation>Ikkje registrert</translation>
        </message>
        <message>
            <source>Ingen</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <source>LAR</source>
            <translation>LAR</translation>
        </message>
        <message>
            <source>TUD</source>
            <translation>TUD</translation>
        </message>
        <message>
            <source>Har mindreårige barn</source>
            <translation>Har mindreårige barn</translation>
        </message>
        <message>
            <source>Fra %1</source>
            <translation>Frå %1</translation>
        </message>
        <message>
            <source>, avsluttet %1</source>
            <translation>, avslutta %1</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Importer fra regneark</source>
            <translation>Importer frå rekneark</translation>
        </message>
        <message>
            <source>Filen %1 har %2 rader. %3 kan importeres.</source>
            <translation>Fila %1 har %2 rader. %3 kan importerast.</translation>
        </message>
        <message>
            <source>Lest som %1.</source>
            <translation>Lese som %1.</translation>
        </message>
        <message>
            <source>Rad %1: %2</source>
            <translation>Rad %1: %2</translation>
        </message>
        <message>
            <source>Hopp over radene med feil og importer resten</source>
            <translation>Hopp over radene med feil og importer resten</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>InviteList</name>
        <message>
            <source> (uten samtykke: får bare tid og sted, ikke saksliste)</source>
            <translation> (utan samtykke: får berre tid og stad, ikkje saksliste)</translation>
        </message>
    </context>
    <context>
        <name>ItemList</name>
        <message>
            <source>R&amp;ediger...</source>
            <translation>R&amp;ediger...</translation>
        </message>
        <message>
            <source>&amp;Opp</source>
            <translation>&amp;Opp</translation>
        </message>
        <message>
            <source>Flytt opp (Alt+Pil opp)</source>
            <translation>Flytt opp (Alt+Pil opp)</translation>
        </message>
        <message>
            <source>Ne&amp;d</source>
            <translation>Ne&amp;d</translation>
        </message>
        <message>
            <source>Flytt ned (Alt+Pil ned)</source>
            <translation>Flytt ned (Alt+Pil ned)</translation>
        </message>
    </context>
    <context>
        <name>JournalEntryDialog</name>
        <message>
            <source>Nytt notat – %1</source>
            <translation>Nytt notat – %1</translation>
        </message>
        <message>
            <source>Endre utkast – %1</source>
            <translation>Endre utkast – %1</translation>
        </message>
        <message>
            <source>Lagre utkast (Ctrl+S) for å skrive videre senere. Et signert notat er låst; en rettelse blir et tillegg under det.</source>
            <translation>Lagre utkast (Ctrl+S) for å skrive vidare seinare. Eit signert notat er låst; ei retting blir eit tillegg under det.</translation>
        </message>
        <message>
            <source>Lagre &amp;utkast</source>
            <translation>Lagre &amp;utkast</translation>
        </message>
        <message>
            <source>&amp;Signer...</source>
            <translation>&amp;Signer...</translation>
        </message>
        <message>
            <source>Notatet er ikke lagret. Forkaste det du har skrevet?</source>
            <translation>Notatet er ikkje lagra. Forkaste det du har skrive?</translation>
        </message>
        <message>
            <source>Type kontakt</source>
            <translation>Type kontakt</translation>
        </message>
        <message>
            <source>kl.</source>
            <translation>kl.</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Varighet</source>
            <translation>Varigheit</translation>
        </message>
        <message>
            <source>Notat</source>
            <translation>Notat</translation>
        </message>
        <message>
            <source>Notatet inneholder bare overskriftene fra malen. Skriv hva som ble gjort og vurdert, og hva som er avtalt.</source>
            <translation>Notatet inneheld berre overskriftene frå malen. Skriv kva som vart gjort og vurdert, og kva som er avtalt.</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Velg en tjenestemottaker i listen til venstre.</source>
            <translation>Vel ein tenestemottakar i lista til venstre.</translation>
        </message>
        <message>
            <source>Skriv et nytt notat (%1)</source>
            <translation>Skriv eit nytt notat (%1)</translation>
        </message>
        <message>
            <source>&amp;Nytt notat</source>
            <translation>&amp;Nytt notat</translation>
        </message>
        <message>
            <source>Journal&amp;utdrag...</source>
            <translation>Journal&amp;utdrag...</translation>
        </message>
        <message>
            <source>Skriv ut signerte notater for en periode</source>
            <translation>Skriv ut signerte notat for ein periode</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Varighet</source>
            <translation>Varigheit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tillegg</source>
            <translation>Tillegg</translation>
        </message>
        <message>
            <source>Notat</source>
            <translation>Notat</translation>
        </message>
        <message>
            <source>Journal – %1</source>
            <translation>Journal – %1</translation>
        </message>
        <message>
            <source>%1 notater</source>
            <translation>%1 notat</translation>
        </message>
        <message>
            <source>, %1 ikke signert</source>
            <translation>, %1 ikkje signerte</translation>
        </message>
        <message>
            <source>Ingen notater ennå. Trykk «Nytt notat» (%1) for å skrive det første.</source>
            <translation>Ingen notat enno. Trykk «Nytt notat» (%1) for å skrive det første.</translation>
        </message>
        <message>
            <source>Slette utkastet fra %1? Det er ikke signert og blir borte for godt.</source>
            <translation>Slette utkastet frå %1? Det er ikkje signert og blir borte for godt.</translation>
        </message>
        <message>
            <source>Ingen notater ennå.</source>
            <translation>Ingen notat enno.</translation>
        </message>
        <message>
            <source>1 notat</source>
            <translation>1 notat</translation>
        </message>
        <message>
            <source>Utkastet er endret et annet sted etter at listen ble vist, så ingenting ble gjort. Listen er oppdatert: les utkastet og prøv igjen.</source>
            <translation>Utkastet er endra ein annan stad etter at lista vart vist, så ingenting vart gjort. Lista er oppdatert: les utkastet og prøv igjen.</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
    </context>
    <context>
        <name>JournalSearchDialog</name>
        <message>
            <source>Søk i journalene</source>
            <translation>Søk i journalane</translation>
        </message>
        <message>
            <source>Ord fra notatene, for eksempel «søvn» eller «NAV»</source>
            <translation>Ord frå notata, til dømes «søvn» eller «NAV»</translation>
        </message>
        <message>
            <source>Søk i journalen</source>
            <translation>Søk i journalen</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Utdrag</source>
            <translation>Utdrag</translation>
        </message>
        <message>
            <source>Skriv minst to bokstaver.</source>
            <translation>Skriv minst to bokstavar.</translation>
        </message>
        <message>
            <source>Å&amp;pne i journalen</source>
            <translation>O&amp;pne i journalen</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Ingen notater inneholder dette.</source>
            <translation>Ingen notat inneheld dette.</translation>
        </message>
        <message>
            <source>Viser de %1 sist skrevne treffene. Skriv flere ord for færre treff.</source>
            <translation>Viser dei %1 sist skrivne treffa. Skriv fleire ord for færre treff.</translation>
        </message>
        <message>
            <source>1 treff</source>
            <translation>1 treff</translation>
        </message>
        <message>
            <source>%1 treff</source>
            <translation>%1 treff</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Språk</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Bokmål</source>
            <translation>&amp;Bokmål</translation>
        </message>
        <message>
            <source>&amp;Nynorsk</source>
            <translation>&amp;Nynorsk</translation>
        </message>
        <message>
            <source>Vinduet blir på nynorsk neste gang du starter programmet.</source>
            <translation>Vindauget blir på nynorsk neste gong du startar programmet.</translation>
        </message>
        <message>
            <source>Vinduet blir på bokmål neste gang du starter programmet.</source>
            <translation>Vindauget blir på bokmål neste gong du startar programmet.</translation>
        </message>
        <message>
            <source>Språk</source>
            <translation>Språk</translation>
        </message>
    </context>
    <context>
        <name>LedgerPage</name>
        <message>
            <source>Utleveringslogg</source>
            <translation>Utleveringslogg</translation>
        </message>
        <message>
            <source>Alt programmet har skrevet ut eller eksportert: når, hva, til hvem og filens SHA-256 (fingeravtrykk). Loggen kan ikke endres.</source>
            <translation>Alt programmet har skrive ut eller eksportert: når, kva, til kven og SHA-256 for fila (fingeravtrykk). Loggen kan ikkje endrast.</translation>
        </message>
        <message>
            <source>Filtrer på hva, mottaker, person eller filnavn</source>
            <translation>Filtrer på kva, mottakar, person eller filnamn</translation>
        </message>
        <message>
            <source>Filtrer utleveringsloggen</source>
            <translation>Filtrer utleveringsloggen</translation>
        </message>
        <message>
            <source>&amp;Kopier SHA-256</source>
            <translation>&amp;Kopier SHA-256</translation>
        </message>
        <message>
            <source>Kontroller &amp;fil...</source>
            <translation>Kontroller &amp;fil...</translation>
        </message>
        <message>
            <source>Se om en fil er nøyaktig den som ble sendt</source>
            <translation>Sjå om ei fil er nøyaktig den som vart send</translation>
        </message>
        <message>
            <source>Tid</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>Kva</translation>
        </message>
        <message>
            <source>Mottaker</source>
            <translation>Mottakar</translation>
        </message>
        <message>
            <source>Tjenestemottaker</source>
            <translation>Tenestemottakar</translation>
        </message>
        <message>
            <source>Fil</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Rader</source>
            <translation>Rader</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Viser %1 av %2 rader.</source>
            <translation>Viser %1 av %2 rader.</translation>
        </message>
        <message>
            <source>%2 rader.</source>
            <translation>%2 rader.</translation>
        </message>
        <message>
            <source>Bare de %3 nyeste er med; bruk «Kontroller fil...» for eldre.</source>
            <translation>Berre dei %3 nyaste er med; bruk «Kontroller fil...» for eldre.</translation>
        </message>
        <message>
            <source>SHA-256 er kopiert: %1</source>
            <translation>SHA-256 er kopiert: %1</translation>
        </message>
        <message>
            <source>Samme fil er registrert %1 ganger.</source>
            <translation>Same fil er registrert %1 gonger.</translation>
        </message>
        <message>
            <source>Velg filen som skal kontrolleres</source>
            <translation>Vel fila som skal kontrollerast</translation>
        </message>
        <message>
            <source>%1 finnes ikke i utleveringsloggen (SHA-256 %2). Filen er ikke skrevet av programmet, eller den er endret etterpå.</source>
            <translation>%1 finst ikkje i utleveringsloggen (SHA-256 %2). Fila er ikkje skriven av programmet, eller ho er endra etterpå.</translation>
        </message>
        <message>
            <source>%1 stemmer med loggen: %2, %3%4 (SHA-256 %5).</source>
            <translation>%1 stemmer med loggen: %2, %3%4 (SHA-256 %5).</translation>
        </message>
        <message>
            <source> til %1</source>
            <translation> til %1</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Psykhelse Desktop er låst</source>
            <translation>Psykhelse Desktop er låst</translation>
        </message>
        <message>
            <source>Journalen er låst. Skriv passordet for å fortsette der du var.</source>
            <translation>Journalen er låst. Skriv passordet for å halde fram der du var.</translation>
        </message>
    </context>
    <context>
        <name>LowThresholdDialog</name>
        <message>
            <source>Lavterskelkontakt – %1</source>
            <translation>Lågterskelkontakt – %1</translation>
        </message>
        <message>
            <source>Lavterskelhjelp gis uten vedtak, men skal dokumenteres. Kontakten telles i tallene til kommunen.</source>
            <translation>Lågterskelhjelp blir gitt utan vedtak, men skal dokumenterast. Kontakten blir talt med i tala til kommunen.</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Type kontakt</source>
            <translation>Type kontakt</translation>
        </message>
        <message>
            <source>Varighet</source>
            <translation>Varigheit</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Registrer</source>
            <translation>Registrer</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>I dag</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Tjenestemottakere</source>
            <translation>Tenestemottakarar</translation>
        </message>
        <message>
            <source>Oppgaver</source>
            <translation>Oppgåver</translation>
        </message>
        <message>
            <source>Henvendelser</source>
            <translation>Førespurnader</translation>
        </message>
        <message>
            <source>Adressebok</source>
            <translation>Adressebok</translation>
        </message>
        <message>
            <source>Utleveringslogg</source>
            <translation>Utleveringslogg</translation>
        </message>
        <message>
            <source>Psykhelse Desktop</source>
            <translation>Psykhelse Desktop</translation>
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation>&amp;Lukk</translation>
        </message>
        <message>
            <source>Journalen er låst.</source>
            <translation>Journalen er låst.</translation>
        </message>
        <message>
            <source>Psykhelse Desktop – låst</source>
            <translation>Psykhelse Desktop – låst</translation>
        </message>
        <message>
            <source>Søk</source>
            <translation>Søk</translation>
        </message>
        <message>
            <source>Individuell plan</source>
            <translation>Individuell plan</translation>
        </message>
        <message>
            <source>Ansvarsgruppe</source>
            <translation>Ansvarsgruppe</translation>
        </message>
        <message>
            <source>Søk i journalen...</source>
            <translation>Søk i journalen...</translation>
        </message>
        <message>
            <source>Hvem har sett journalen...</source>
            <translation>Kven har sett journalen...</translation>
        </message>
        <message>
            <source>Innsyn: skriv ut alt som er registrert...</source>
            <translation>Innsyn: skriv ut alt som er registrert...</translation>
        </message>
        <message>
            <source>Tall til kommunen...</source>
            <translation>Tal til kommunen...</translation>
        </message>
        <message>
            <source>Innstillinger...</source>
            <translation>Innstillingar...</translation>
        </message>
        <message>
            <source>Min profil…</source>
            <translation>Profilen min…</translation>
        </message>
        <message>
            <source>Lukk programmet</source>
            <translation>Lukk programmet</translation>
        </message>
        <message>
            <source>Ta sikkerhetskopi…</source>
            <translation>Ta tryggingskopi…</translation>
        </message>
        <message>
            <source>Gjenopprett fra sikkerhetskopi…</source>
            <translation>Gjenopprett frå tryggingskopi…</translation>
        </message>
        <message>
            <source>Brukerveiledning</source>
            <translation>Brukarrettleiing</translation>
        </message>
        <message>
            <source>Hurtigtaster</source>
            <translation>Snøggtastar</translation>
        </message>
        <message>
            <source>Om Psykhelse Desktop</source>
            <translation>Om Psykhelse Desktop</translation>
        </message>
        <message>
            <source>Lås</source>
            <translation>Lås</translation>
        </message>
        <message>
            <source>Bytt passord…</source>
            <translation>Byt passord…</translation>
        </message>
        <message>
            <source>&amp;Fil</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <source>&amp;Tjenestemottaker</source>
            <translation>&amp;Tenestemottakar</translation>
        </message>
        <message>
            <source>&amp;Rapporter</source>
            <translation>&amp;Rapportar</translation>
        </message>
        <message>
            <source>&amp;Hjelp</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <source>Handlinger</source>
            <translation>Handlingar</translation>
        </message>
        <message>
            <source>Innstillingene er lagret.</source>
            <translation>Innstillingane er lagra.</translation>
        </message>
        <message>
            <source>Profilen din er lagret.</source>
            <translation>Profilen din er lagra.</translation>
        </message>
        <message>
            <source>Du har endringer i en individuell plan som ikke er lagret.</source>
            <translation>Du har endringar i ein individuell plan som ikkje er lagra.</translation>
        </message>
        <message>
            <source>Endringer er ikke lagret</source>
            <translation>Endringar er ikkje lagra</translation>
        </message>
        <message>
            <source>Lukk uten å lagre</source>
            <translation>Lukk utan å lagre</translation>
        </message>
        <message>
            <source>Gå tilbake og lagre</source>
            <translation>Gå tilbake og lagre</translation>
        </message>
    </context>
    <context>
        <name>MeasureDialog</name>
        <message>
            <source>Tiltak</source>
            <translation>Tiltak</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>Kva</translation>
        </message>
        <message>
            <source>Omfang</source>
            <translation>Omfang</translation>
        </message>
        <message>
            <source>For eksempel 1 time per uke</source>
            <translation>Til dømes 1 time per veke</translation>
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation>Ansvarleg</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Slutt</source>
            <translation>Slutt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Planen har ingen mål ennå. Legg til mål under del 1.</source>
            <translation>Planen har ingen mål enno. Legg til mål under del 1.</translation>
        </message>
        <message>
            <source>Mål</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Tjener målene</source>
            <translation>Tener måla</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>Møtereferat</source>
            <translation>Møtereferat</translation>
        </message>
        <message>
            <source>Oppmøte</source>
            <translation>Oppmøte</translation>
        </message>
        <message>
            <source>Saker</source>
            <translation>Saker</translation>
        </message>
        <message>
            <source>Andre oppgaver fra møtet</source>
            <translation>Andre oppgåver frå møtet</translation>
        </message>
        <message>
            <source>Lagret i et annet vindu mens du skrev (rett det du vil, og lagre):</source>
            <translation>Lagra i eit anna vindauge medan du skreiv (rett det du vil, og lagre):</translation>
        </message>
        <message>
            <source>Referatet ble ikke lagret. Rett det som er merket.</source>
            <translation>Referatet vart ikkje lagra. Rett det som er merkt.</translation>
        </message>
        <message>
            <source>Oppgaven er lagret: %1</source>
            <translation>Oppgåva er lagra: %1</translation>
        </message>
        <message>
            <source>Merket som gjort: %1</source>
            <translation>Merka som gjord: %1</translation>
        </message>
        <message>
            <source>Referatet har tekst som ikke er lagret.</source>
            <translation>Referatet har tekst som ikkje er lagra.</translation>
        </message>
        <message>
            <source>Ulagret tekst</source>
            <translation>Ulagra tekst</translation>
        </message>
        <message>
            <source>Forkast teksten</source>
            <translation>Forkast teksten</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Lagre</translation>
        </message>
    </context>
    <context>
        <name>MeetingPlanDialog</name>
        <message>
            <source>Planlegg møte</source>
            <translation>Planlegg møte</translation>
        </message>
        <message>
            <source>Inviter</source>
            <translation>Inviter</translation>
        </message>
        <message>
            <source>Saker</source>
            <translation>Saker</translation>
        </message>
        <message>
            <source>Én sak per linje</source>
            <translation>Éi sak per linje</translation>
        </message>
        <message>
            <source>Planlegg</source>
            <translation>Planlegg</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>kl.</source>
            <translation>kl.</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Varighet</source>
            <translation>Varigheit</translation>
        </message>
        <message>
            <source>For eksempel Møterom Øst, helsesenteret</source>
            <translation>Til dømes Møterom Aust, helsesenteret</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Stad</translation>
        </message>
        <message>
            <source>Videolenke</source>
            <translation>Videolenkje</translation>
        </message>
        <message>
            <source>Lim inn lenken hvis møtet er på video</source>
            <translation>Lim inn lenkja viss møtet er på video</translation>
        </message>
        <message>
            <source>Gjenta hver</source>
            <translation>Gjenta kvar</translation>
        </message>
        <message>
            <source>. uke</source>
            <translation>. veke</translation>
        </message>
        <message>
            <source>antall møter:</source>
            <translation>tal på møte:</translation>
        </message>
        <message>
            <source>Serie</source>
            <translation>Serie</translation>
        </message>
    </context>
    <context>
        <name>MeetingPrintMenu</name>
        <message>
            <source>Innkalling</source>
            <translation>Innkalling</translation>
        </message>
        <message>
            <source>Saksliste</source>
            <translation>Saksliste</translation>
        </message>
        <message>
            <source>Referat</source>
            <translation>Referat</translation>
        </message>
        <message>
            <source>Innkalling (ett brev per medlem)</source>
            <translation>Innkalling (eitt brev per medlem)</translation>
        </message>
        <message>
            <source>Saksliste med oppmøteliste</source>
            <translation>Saksliste med oppmøteliste</translation>
        </message>
        <message>
            <source>Forhåndsvis...</source>
            <translation>Førehandsvis...</translation>
        </message>
        <message>
            <source>Lagre alle brevene i én PDF...</source>
            <translation>Lagre alle breva i éin PDF...</translation>
        </message>
        <message>
            <source>Lagre én PDF per mottaker...</source>
            <translation>Lagre éin PDF per mottakar...</translation>
        </message>
        <message>
            <source>Lagre som PDF...</source>
            <translation>Lagre som PDF...</translation>
        </message>
        <message>
            <source>Lås referatet som sendt...</source>
            <translation>Lås referatet som sendt...</translation>
        </message>
        <message>
            <source>Lagre som PDF</source>
            <translation>Lagre som PDF</translation>
        </message>
        <message>
            <source>Velg mappe for innkallingene</source>
            <translation>Vel mappe for innkallingane</translation>
        </message>
        <message>
            <source>Referatet er lagret som PDF. Vil du låse det som skrevet ut? Et låst referat kan ikke endres; en rettelse blir en ny, merket versjon.</source>
            <translation>Referatet er lagra som PDF. Vil du låse det som skrive ut? Eit låst referat kan ikkje endrast; ei retting blir ein ny, merkt versjon.</translation>
        </message>
        <message>
            <source>Låse referatet?</source>
            <translation>Låse referatet?</translation>
        </message>
        <message>
            <source>Lås referatet som sendt? Det kan ikke endres etterpå; en rettelse blir en ny, merket versjon.</source>
            <translation>Låse referatet som sendt? Det kan ikkje endrast etterpå; ei retting blir ein ny, merkt versjon.</translation>
        </message>
        <message>
            <source>Kunne ikke låse</source>
            <translation>Kunne ikkje låse</translation>
        </message>
        <message>
            <source>Disse mangler postadresse: %1. Brevet til dem får ingen adresse i vinduet på konvolutten. Skrive ut likevel?</source>
            <translation>Desse manglar postadresse: %1. Brevet til dei får inga adresse i vindauget på konvolutten. Skrive ut likevel?</translation>
        </message>
        <message>
            <source>Skriver ut…</source>
            <translation>Utskrifta er i gang…</translation>
        </message>
        <message>
            <source>Kunne ikke skrive filen. Velg en annen mappe. (%1)</source>
            <translation>Kunne ikkje skrive fila. Vel ei anna mappe. (%1)</translation>
        </message>
        <message>
            <source>Adresse mangler</source>
            <translation>Adresse manglar</translation>
        </message>
        <message>
            <source>Kunne ikke skrive ut</source>
            <translation>Kunne ikkje skrive ut</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Legg til medlem</source>
            <translation>Legg til medlem</translation>
        </message>
        <message>
            <source>Ha med så få som mulig. Referatet sendes bare til medlemmer %1 har samtykket til å dele opplysninger med. Pårørende er bare med når %1 ønsker det.</source>
            <translation>Ha med så få som mogleg. Referatet blir berre sendt til medlemmer %1 har samtykt til å dele opplysningar med. Pårørande er berre med når %1 ønskjer det.</translation>
        </message>
        <message>
            <source>Medlem er</source>
            <translation>Medlem er</translation>
        </message>
        <message>
            <source>Fra adresseboken</source>
            <translation>Frå adresseboka</translation>
        </message>
        <message>
            <source>Pårørende</source>
            <translation>Pårørande</translation>
        </message>
        <message>
            <source>Rolle i gruppen</source>
            <translation>Rolle i gruppa</translation>
        </message>
        <message>
            <source>Samtykke til deling</source>
            <translation>Samtykke til deling</translation>
        </message>
        <message>
            <source>Datoen tjenestemottakeren samtykket til at referatet deles</source>
            <translation>Datoen tenestemottakaren samtykte til at referatet blir delt</translation>
        </message>
        <message>
            <source>Samtykket utløper</source>
            <translation>Samtykket går ut</translation>
        </message>
        <message>
            <source>Medlem fra</source>
            <translation>Medlem frå</translation>
        </message>
        <message>
            <source>Legg til</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <source>Ingen pårørende å velge</source>
            <translation>Ingen pårørande å velje</translation>
        </message>
        <message>
            <source>Adresseboken er tom. Legg inn personen under Adressebok først.</source>
            <translation>Adresseboka er tom. Legg inn personen under Adressebok først.</translation>
        </message>
        <message>
            <source>Ingen pårørende å velge. Legg dem inn under Personalia først.</source>
            <translation>Ingen pårørande å velje. Legg dei inn under Personalia først.</translation>
        </message>
    </context>
    <context>
        <name>NextMeetingPanel</name>
        <message>
            <source>Ingen møter er planlagt. Velg «Planlegg møte...» under Møter.</source>
            <translation>Ingen møte er planlagde. Vel «Planlegg møte...» under Møte.</translation>
        </message>
        <message>
            <source>Tid</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Stad</translation>
        </message>
        <message>
            <source>Invitert</source>
            <translation>Invitert</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Video: %1</source>
            <translation>Video: %1</translation>
        </message>
    </context>
    <context>
        <name>NextOfKinDialog</name>
        <message>
            <source>Ny pårørende</source>
            <translation>Ny pårørande</translation>
        </message>
        <message>
            <source>Rediger pårørende</source>
            <translation>Rediger pårørande</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Relasjon</source>
            <translation>Relasjon</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Beskyttet adresse</source>
            <translation>Verna adresse</translation>
        </message>
        <message>
            <source>Nærmeste pårørende</source>
            <translation>Nærmaste pårørande</translation>
        </message>
        <message>
            <source>Bruker tillater kontakt</source>
            <translation>Brukaren tillèt kontakt</translation>
        </message>
        <message>
            <source>Mindreårig barn</source>
            <translation>Mindreårig barn</translation>
        </message>
        <message>
            <source>Oppfølging av barn samtykket</source>
            <translation>Samtykt til oppfølging av barn</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <source>Ny virksomhet</source>
            <translation>Ny verksemd</translation>
        </message>
        <message>
            <source>Rediger virksomhet</source>
            <translation>Rediger verksemd</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Kommune</source>
            <translation>Kommune</translation>
        </message>
    </context>
    <context>
        <name>OwnerBox</name>
        <message>
            <source>Ansvarlig: skriv navn eller velg</source>
            <translation>Ansvarleg: skriv namn eller vel</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Deltaker</source>
            <translation>Deltakar</translation>
        </message>
        <message>
            <source>Fra adresseboken</source>
            <translation>Frå adresseboka</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Virksomhet</source>
            <translation>Verksemd</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Skriv inn selv</source>
            <translation>Skriv inn sjølv</translation>
        </message>
        <message>
            <source>Skriv navnet på deltakeren.</source>
            <translation>Skriv namnet på deltakaren.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>&amp;Lagre som PDF...</source>
            <translation>&amp;Lagre som PDF...</translation>
        </message>
        <message>
            <source>Lagre en kopi (Ctrl+S)</source>
            <translation>Lagre ein kopi (Ctrl+S)</translation>
        </message>
        <message>
            <source>Å&amp;pne i PDF-leser</source>
            <translation>O&amp;pne i PDF-lesar</translation>
        </message>
        <message>
            <source>Skriv &amp;ut...</source>
            <translation>Skriv &amp;ut...</translation>
        </message>
        <message>
            <source>Skriv ut på papir (Ctrl+P)</source>
            <translation>Skriv ut på papir (Ctrl+P)</translation>
        </message>
        <message>
            <source>Lu&amp;kk</source>
            <translation>Lu&amp;kk</translation>
        </message>
        <message>
            <source>1 side</source>
            <translation>1 side</translation>
        </message>
        <message>
            <source>Kunne ikke lagre filen. Velg en annen mappe. (%1)</source>
            <translation>Kunne ikkje lagre fila. Vel ei anna mappe. (%1)</translation>
        </message>
        <message>
            <source>Forhåndsvisning – %1</source>
            <translation>Førehandsvising – %1</translation>
        </message>
        <message>
            <source>Side %1</source>
            <translation>Side %1</translation>
        </message>
        <message>
            <source>%1 sider</source>
            <translation>%1 sider</translation>
        </message>
        <message>
            <source>Lagre som PDF</source>
            <translation>Lagre som PDF</translation>
        </message>
        <message>
            <source>Kunne ikke lagre</source>
            <translation>Kunne ikkje lagre</translation>
        </message>
        <message>
            <source>skriver</source>
            <translation>skrivar</translation>
        </message>
        <message>
            <source>Utleveringsloggen</source>
            <translation>Utleveringsloggen</translation>
        </message>
        <message>
            <source>Skriveren tok ikke imot dokumentet. Sjekk skriveren og prøv igjen.</source>
            <translation>Skrivaren tok ikkje imot dokumentet. Sjekk skrivaren og prøv igjen.</translation>
        </message>
        <message>
            <source>Kunne ikke skrive ut</source>
            <translation>Kunne ikkje skrive ut</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Ny kontaktperson</source>
            <translation>Ny kontaktperson</translation>
        </message>
        <message>
            <source>Rediger person</source>
            <translation>Rediger person</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Virksomhet</source>
            <translation>Verksemd</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>(ingen)</source>
            <translation>(ingen)</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>Søk på navn, virksomhet eller rolle</source>
            <translation>Søk på namn, verksemd eller rolle</translation>
        </message>
    </context>
    <context>
        <name>PersonPrints</name>
        <message>
            <source>Kunne ikke skrive ut</source>
            <translation>Kunne ikkje skrive ut</translation>
        </message>
    </context>
    <context>
        <name>PlanForm</name>
        <message>
            <source>Vedtak og tjenestemottakerens valg</source>
            <translation>Vedtak og valet til tenestemottakaren</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Resultat</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Hva skjer videre</source>
            <translation>Kva skjer vidare</translation>
        </message>
        <message>
            <source>&amp;Vedtaksdato</source>
            <translation>&amp;Vedtaksdato</translation>
        </message>
        <message>
            <source>Saksnummer / referanse</source>
            <translation>Saksnummer / referanse</translation>
        </message>
        <message>
            <source>Tjenestemottakerens valg</source>
            <translation>Valet til tenestemottakaren</translation>
        </message>
        <message>
            <source>Dato for valget</source>
            <translation>Dato for valet</translation>
        </message>
        <message>
            <source>Mål per livsområde, med tjenestemottakerens egne ord</source>
            <translation>Mål per livsområde, med eigne ord frå tenestemottakaren</translation>
        </message>
        <message>
            <source>Ressurser</source>
            <translation>Ressursar</translation>
        </message>
        <message>
            <source>Behov for tjenester</source>
            <translation>Behov for tenester</translation>
        </message>
        <message>
            <source>Tjenestemottakeren bidrar med</source>
            <translation>Tenestemottakaren bidreg med</translation>
        </message>
        <message>
            <source>Tjenestene bidrar med</source>
            <translation>Tenestene bidreg med</translation>
        </message>
        <message>
            <source>Pårørende bidrar med</source>
            <translation>Pårørande bidreg med</translation>
        </message>
        <message>
            <source>Dato for svaret om pårørende</source>
            <translation>Dato for svaret om pårørande</translation>
        </message>
        <message>
            <source>Planperiode fra</source>
            <translation>Planperiode frå</translation>
        </message>
        <message>
            <source>Planperiode til</source>
            <translation>Planperiode til</translation>
        </message>
        <message>
            <source>Neste revisjon</source>
            <translation>Neste revisjon</translation>
        </message>
        <message>
            <source>Tidlige varseltegn</source>
            <translation>Tidlege varselteikn</translation>
        </message>
        <message>
            <source>Dette hjelper</source>
            <translation>Dette hjelper</translation>
        </message>
        <message>
            <source>Dette hjelper ikke</source>
            <translation>Dette hjelper ikkje</translation>
        </message>
        <message>
            <source>Hvem ringer jeg på dagtid</source>
            <translation>Kven ringjer eg til på dagtid</translation>
        </message>
        <message>
            <source>Hvem ringer jeg utenom kontortid (legevakt 116 117)</source>
            <translation>Kven ringjer eg til utanom kontortid (legevakt 116 117)</translation>
        </message>
        <message>
            <source>Slik vil jeg bli møtt</source>
            <translation>Slik vil eg bli møtt</translation>
        </message>
        <message>
            <source>Ingen koordinator er valgt.</source>
            <translation>Ingen koordinator er vald.</translation>
        </message>
        <message>
            <source>fra %1</source>
            <translation>frå %1</translation>
        </message>
        <message>
            <source>Skriv datoen som dd.mm.åååå, for eksempel 03.02.2025.</source>
            <translation>Skriv datoen som dd.mm.åååå, til dømes 03.02.2025.</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>Velg en tjenestemottaker i listen til venstre.</source>
            <translation>Vel ein tenestemottakar i lista til venstre.</translation>
        </message>
        <message>
            <source>Velg &amp;koordinator...</source>
            <translation>Vel &amp;koordinator...</translation>
        </message>
        <message>
            <source>Nr.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Lagret</source>
            <translation>Lagra</translation>
        </message>
        <message>
            <source>Av</source>
            <translation>Av</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Revisjoner</source>
            <translation>Revisjonar</translation>
        </message>
        <message>
            <source>Sa&amp;mmenlign...</source>
            <translation>Sa&amp;manlikn...</translation>
        </message>
        <message>
            <source>&amp;Lagre</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>Lagre planen (Ctrl+S)</source>
            <translation>Lagre planen (Ctrl+S)</translation>
        </message>
        <message>
            <source>Gjør a&amp;ktiv</source>
            <translation>Gjer a&amp;ktiv</translation>
        </message>
        <message>
            <source>Avslutt &amp;plan...</source>
            <translation>Avslutt &amp;plan...</translation>
        </message>
        <message>
            <source>&amp;Evaluer planen...</source>
            <translation>&amp;Evaluer planen...</translation>
        </message>
        <message>
            <source>Skriv &amp;ut</source>
            <translation>Skriv &amp;ut</translation>
        </message>
        <message>
            <source>Individuell plan – %1</source>
            <translation>Individuell plan – %1</translation>
        </message>
        <message>
            <source>Endret i revisjon %1:</source>
            <translation>Endra i revisjon %1:</translation>
        </message>
        <message>
            <source>  ·  Neste revisjon %1</source>
            <translation>  ·  Neste revisjon %1</translation>
        </message>
        <message>
            <source>Planen ble lagret i et annet vindu mens du skrev (revisjon %1). Der står:</source>
            <translation>Planen vart lagra i eit anna vindauge medan du skreiv (revisjon %1). Der står:</translation>
        </message>
        <message>
            <source>Avslutte planen for %1? Planen og alle revisjoner blir tatt vare på.</source>
            <translation>Avslutte planen for %1? Planen og alle revisjonane blir tekne vare på.</translation>
        </message>
        <message>
            <source>Status: %1  ·  Revisjon %2, lagret %3 av %4</source>
            <translation>Status: %1  ·  Revisjon %2, lagra %3 av %4</translation>
        </message>
        <message>
            <source>tomt</source>
            <translation>tomt</translation>
        </message>
        <message>
            <source>Resten av planen er hentet derfra. Rett det du vil, og lagre.</source>
            <translation>Resten av planen er henta derifrå. Rett det du vil, og lagre.</translation>
        </message>
        <message>
            <source>Planen ble ikke lagret:</source>
            <translation>Planen vart ikkje lagra:</translation>
        </message>
    </context>
    <context>
        <name>PrintMenu</name>
        <message>
            <source>Forhåndsvis...</source>
            <translation>Førehandsvis...</translation>
        </message>
        <message>
            <source>Lagre som PDF...</source>
            <translation>Lagre som PDF...</translation>
        </message>
        <message>
            <source>Åpne i PDF-leser</source>
            <translation>Opne i PDF-lesar</translation>
        </message>
        <message>
            <source>Lagre som PDF</source>
            <translation>Lagre som PDF</translation>
        </message>
        <message>
            <source>Skriver ut…</source>
            <translation>Utskrifta er i gang…</translation>
        </message>
        <message>
            <source>Kunne ikke skrive ut</source>
            <translation>Kunne ikkje skrive ut</translation>
        </message>
        <message>
            <source>Kunne ikke skrive filen. Velg en annen mappe. (%1)</source>
            <translation>Kunne ikkje skrive fila. Vel ei anna mappe. (%1)</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Min profil</source>
            <translation>Profilen min</translation>
        </message>
        <message>
            <source>Dette står på alle brev og skjemaer du skriver ut, så mottakeren kan svare og brukeren vet hvem som skal ringes på dagtid.</source>
            <translation>Dette står på alle brev og skjema du skriv ut, så mottakaren kan svare og brukaren veit kven som skal ringjast på dagtid.</translation>
        </message>
    </context>
    <context>
        <name>RadarPage</name>
        <message>
            <source>&amp;Oppdater</source>
            <translation>&amp;Oppdater</translation>
        </message>
        <message>
            <source>Innstillinger for &amp;varsler...</source>
            <translation>Innstillingar for &amp;varsel...</translation>
        </message>
        <message>
            <source>Å&amp;pne</source>
            <translation>O&amp;pne</translation>
        </message>
        <message>
            <source>Skriv ut &amp;møtepakke...</source>
            <translation>Skriv ut &amp;møtepakke...</translation>
        </message>
        <message>
            <source>Lagre innkalling og saksliste som PDF i en mappe</source>
            <translation>Lagre innkalling og saksliste som PDF i ei mappe</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Tjenestemottaker</source>
            <translation>Tenestemottakar</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>Kva</translation>
        </message>
        <message>
            <source>Detaljer</source>
            <translation>Detaljar</translation>
        </message>
        <message>
            <source>I dag: %1</source>
            <translation>I dag: %1</translation>
        </message>
        <message>
            <source>Henter …</source>
            <translation>Hentar …</translation>
        </message>
        <message>
            <source>%1 – forfalt</source>
            <translation>%1 – over fristen</translation>
        </message>
        <message>
            <source>Ingenting å følge opp nå. Listen oppdateres når noe endres.</source>
            <translation>Ingenting å følgje opp no. Lista blir oppdatert når noko blir endra.</translation>
        </message>
        <message>
            <source>%1 ting å følge opp (%2).</source>
            <translation>%1 ting å følgje opp (%2).</translation>
        </message>
        <message>
            <source>Viser de %1 første av %2. Resten kommer fram når disse er fulgt opp.</source>
            <translation>Viser dei %1 første av %2. Resten kjem fram når desse er følgde opp.</translation>
        </message>
        <message>
            <source>Uten dato</source>
            <translation>Utan dato</translation>
        </message>
        <message>
            <source>Hele journalen</source>
            <translation>Heile journalen</translation>
        </message>
        <message>
            <source>Ikke registrert ennå</source>
            <translation>Ikkje registrert enno</translation>
        </message>
        <message>
            <source>&amp;Åpne</source>
            <translation>&amp;Opne</translation>
        </message>
        <message>
            <source>Lagret %1 og %2 i %3. Registrert i utleveringsloggen.</source>
            <translation>Lagra %1 og %2 i %3. Registrert i utleveringsloggen.</translation>
        </message>
    </context>
    <context>
        <name>RecipientsDialog</name>
        <message>
            <source>Hvem får referatet</source>
            <translation>Kven får referatet</translation>
        </message>
        <message>
            <source>Referatet går bare til tjenestemottakeren og til medlemmer som tjenestemottakeren har samtykket til å dele opplysninger med.</source>
            <translation>Referatet går berre til tenestemottakaren og til medlemmer som tenestemottakaren har samtykt til å dele opplysningar med.</translation>
        </message>
        <message>
            <source>%1 av %2 medlemmer får referatet.</source>
            <translation>%1 av %2 medlemmer får referatet.</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Får referatet</source>
            <translation>Får referatet</translation>
        </message>
        <message>
            <source>Hvorfor</source>
            <translation>Kvifor</translation>
        </message>
        <message>
            <source>Skriv ut</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message>
            <source>Ny tjenestemottaker...</source>
            <translation>Ny tenestemottakar...</translation>
        </message>
        <message>
            <source>Rediger...</source>
            <translation>Rediger...</translation>
        </message>
        <message>
            <source>Avslutt tjenesten...</source>
            <translation>Avslutt tenesta...</translation>
        </message>
        <message>
            <source>Gjenåpne</source>
            <translation>Opne att</translation>
        </message>
        <message>
            <source>Importer fra regneark...</source>
            <translation>Importer frå rekneark...</translation>
        </message>
        <message>
            <source>Kommunens logo på utskrifter...</source>
            <translation>Logoen til kommunen på utskrifter...</translation>
        </message>
        <message>
            <source>Fjern logoen fra utskrifter</source>
            <translation>Fjern logoen frå utskrifter</translation>
        </message>
        <message>
            <source>Velg kommunens logo</source>
            <translation>Vel logoen til kommunen</translation>
        </message>
        <message>
            <source>Bilder (*.png *.jpg *.jpeg)</source>
            <translation>Bilete (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Logoen brukes nå på alle utskrifter.</source>
            <translation>Logoen blir no brukt på alle utskrifter.</translation>
        </message>
        <message>
            <source>Utskriftene har ikke lenger logo.</source>
            <translation>Utskriftene har ikkje lenger logo.</translation>
        </message>
    </context>
    <context>
        <name>RequestDecisionDialog</name>
        <message>
            <source>Registrer beslutning</source>
            <translation>Registrer avgjerd</translation>
        </message>
        <message>
            <source>Beslutning</source>
            <translation>Avgjerd</translation>
        </message>
        <message>
            <source>Besluttet</source>
            <translation>Avgjort</translation>
        </message>
        <message>
            <source>Registrer</source>
            <translation>Registrer</translation>
        </message>
        <message>
            <source>Skriv datoen det ble besluttet.</source>
            <translation>Skriv datoen det vart avgjort.</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Ny henvendelse</source>
            <translation>Ny førespurnad</translation>
        </message>
        <message>
            <source>Endre henvendelse</source>
            <translation>Endre førespurnad</translation>
        </message>
        <message>
            <source>Dagene telles fra henvendelsen kom inn til hjelpen starter. Personen trenger ikke være registrert som tjenestemottaker ennå.</source>
            <translation>Dagane blir talde frå førespurnaden kom inn til hjelpa startar. Personen treng ikkje vere registrert som tenestemottakar enno.</translation>
        </message>
        <message>
            <source>Mottatt</source>
            <translation>Motteke</translation>
        </message>
        <message>
            <source>Fra hvem</source>
            <translation>Frå kven</translation>
        </message>
        <message>
            <source>For eksempel fastlegen eller NAV</source>
            <translation>Til dømes fastlegen eller NAV</translation>
        </message>
        <message>
            <source>Hastegrad</source>
            <translation>Hastegrad</translation>
        </message>
        <message>
            <source>Alvorlighet</source>
            <translation>Alvorsgrad</translation>
        </message>
        <message>
            <source>Tjenestemottaker</source>
            <translation>Tenestemottakar</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Ikke registrert</source>
            <translation>Ikkje registrert</translation>
        </message>
    </context>
    <context>
        <name>RequestStartDialog</name>
        <message>
            <source>Registrer oppstart</source>
            <translation>Registrer oppstart</translation>
        </message>
        <message>
            <source>Hjelpen startet</source>
            <translation>Hjelpa starta</translation>
        </message>
        <message>
            <source>Registrer</source>
            <translation>Registrer</translation>
        </message>
        <message>
            <source>Skriv datoen hjelpen startet.</source>
            <translation>Skriv datoen hjelpa starta.</translation>
        </message>
    </context>
    <context>
        <name>RequestsPage</name>
        <message>
            <source>Henvendelser</source>
            <translation>Førespurnader</translation>
        </message>
        <message>
            <source>&amp;Ny henvendelse...</source>
            <translation>&amp;Ny førespurnad...</translation>
        </message>
        <message>
            <source>Registrer &amp;beslutning...</source>
            <translation>Registrer &amp;avgjerd...</translation>
        </message>
        <message>
            <source>Registrer &amp;oppstart...</source>
            <translation>Registrer &amp;oppstart...</translation>
        </message>
        <message>
            <source>&amp;Endre...</source>
            <translation>&amp;Endre...</translation>
        </message>
        <message>
            <source>Å&amp;pne tjenestemottakeren</source>
            <translation>O&amp;pne tenestemottakaren</translation>
        </message>
        <message>
            <source>Ingen henvendelser uten beslutning.</source>
            <translation>Ingen førespurnader utan avgjerd.</translation>
        </message>
        <message>
            <source>%1 uten beslutning; den eldste kom inn for %2 dager siden.</source>
            <translation>%1 utan avgjerd; den eldste kom inn for %2 dagar sidan.</translation>
        </message>
        <message>
            <source>Viser henvendelser fra de siste %1 årene.</source>
            <translation>Viser førespurnader frå dei siste %1 åra.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Gjenopprett fra sikkerhetskopi</source>
            <translation>Gjenopprett frå tryggingskopi</translation>
        </message>
        <message>
            <source>Passord</source>
            <translation>Passord</translation>
        </message>
        <message>
            <source>Sikkerhetskopier</source>
            <translation>Tryggingskopiar</translation>
        </message>
        <message>
            <source>Velg sikkerhetskopien du vil hente journalen tilbake fra, og skriv passordet den ble tatt med. Journalen du har nå, blir ikke slettet: den flyttes til side og kan hentes tilbake herfra senere.</source>
            <translation>Vel tryggingskopien du vil hente journalen tilbake frå, og skriv passordet han vart teken med. Journalen du har no, blir ikkje sletta: han blir flytta til side og kan hentast tilbake herifrå seinare.</translation>
        </message>
        <message>
            <source>Velg &amp;fil…</source>
            <translation>Vel &amp;fil…</translation>
        </message>
        <message>
            <source>En sikkerhetskopi på en minnepinne eller disk</source>
            <translation>Ein tryggingskopi på ein minnepinne eller disk</translation>
        </message>
        <message>
            <source>&amp;Les sikkerhetskopien</source>
            <translation>&amp;Les tryggingskopien</translation>
        </message>
        <message>
            <source>Passord:</source>
            <translation>Passord:</translation>
        </message>
        <message>
            <source>&amp;Gjenopprett…</source>
            <translation>&amp;Gjenopprett…</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Ingen sikkerhetskopier i datamappen: velg en fil.</source>
            <translation>Ingen tryggingskopiar i datamappa: vel ei fil.</translation>
        </message>
        <message>
            <source>Velg sikkerhetskopi</source>
            <translation>Vel tryggingskopi</translation>
        </message>
        <message>
            <source>Sikkerhetskopier (*.psykhelse)</source>
            <translation>Tryggingskopiar (*.psykhelse)</translation>
        </message>
        <message>
            <source>Leser…</source>
            <translation>Les inn…</translation>
        </message>
        <message>
            <source>Gjenoppretter og kontrollerer…</source>
            <translation>Gjenopprettar og kontrollerer…</translation>
        </message>
        <message>
            <source>Journalen du har nå, flyttes til side i mappen %1 og kan hentes tilbake derfra. Det som er lagret etter %2, er ikke med i sikkerhetskopien.</source>
            <translation>Journalen du har no, blir flytta til side i mappa %1 og kan hentast tilbake derifrå. Det som er lagra etter %2, er ikkje med i tryggingskopien.</translation>
        </message>
        <message>
            <source>kopien ble tatt</source>
            <translation>kopien vart teken</translation>
        </message>
        <message>
            <source>Erstatte journalen med sikkerhetskopien?</source>
            <translation>Byte ut journalen med tryggingskopien?</translation>
        </message>
        <message>
            <source>Erstatte journalen?</source>
            <translation>Byte ut journalen?</translation>
        </message>
        <message>
            <source>Erstatt journalen</source>
            <translation>Byt ut journalen</translation>
        </message>
    </context>
    <context>
        <name>Safekeeping</name>
        <message>
            <source>Kontrollen fant feil i journalen: den er skadet. Fra nå er den bare åpnet for lesing, og ingenting blir skrevet til den. Skriv av det du trenger, og gjenopprett fra en sikkerhetskopi (Fil → Gjenopprett fra sikkerhetskopi…).</source>
            <translation>Kontrollen fann feil i journalen: han er skadd. Frå no er han berre opna for lesing, og ingenting blir skrive til han. Skriv av det du treng, og gjenopprett frå ein tryggingskopi (Fil → Gjenopprett frå tryggingskopi…).</translation>
        </message>
        <message>
            <source>Journalen er skadet: bare lesing</source>
            <translation>Journalen er skadd: berre lesing</translation>
        </message>
        <message>
            <source>Journalen er skadet</source>
            <translation>Journalen er skadd</translation>
        </message>
    </context>
    <context>
        <name>ServiceUserDialog</name>
        <message>
            <source>Ny tjenestemottaker</source>
            <translation>Ny tenestemottakar</translation>
        </message>
        <message>
            <source>Rediger tjenestemottaker</source>
            <translation>Rediger tenestemottakar</translation>
        </message>
        <message>
            <source>Fornavn</source>
            <translation>Førenamn</translation>
        </message>
        <message>
            <source>Etternavn</source>
            <translation>Etternamn</translation>
        </message>
        <message>
            <source>Fødselsnummer</source>
            <translation>Fødselsnummer</translation>
        </message>
        <message>
            <source>11 siffer, eller tomt om det ikke er kjent</source>
            <translation>11 siffer, eller tomt om det ikkje er kjent</translation>
        </message>
        <message>
            <source>Fødselsdato</source>
            <translation>Fødselsdato</translation>
        </message>
        <message>
            <source>Trengs bare når fødselsnummeret mangler.</source>
            <translation>Trengst berre når fødselsnummeret manglar.</translation>
        </message>
        <message>
            <source>c/o</source>
            <translation>c/o</translation>
        </message>
        <message>
            <source>Bare når posten skal gå via noen andre</source>
            <translation>Berre når posten skal gå via nokon andre</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Postnummer</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>Poststed</source>
            <translation>Poststad</translation>
        </message>
        <message>
            <source>Beskyttet adresse</source>
            <translation>Verna adresse</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Telefon 2</source>
            <translation>Telefon 2</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Slik når du personen</source>
            <translation>Slik når du personen</translation>
        </message>
        <message>
            <source>Tjenestestart</source>
            <translation>Tenestestart</translation>
        </message>
        <message>
            <source>Målform</source>
            <translation>Målform</translation>
        </message>
        <message>
            <source>Plan, samtykkeskjema, kriseplan, «Min plan», journalutdrag og innsyn skrives ut på denne målformen.</source>
            <translation>Plan, samtykkeskjema, kriseplan, «Min plan», journalutdrag og innsyn blir skrivne ut på denne målforma.</translation>
        </message>
        <message>
            <source>LAR</source>
            <translation>LAR</translation>
        </message>
        <message>
            <source>TUD</source>
            <translation>TUD</translation>
        </message>
        <message>
            <source>Har mindreårige barn</source>
            <translation>Har mindreårige barn</translation>
        </message>
        <message>
            <source>Merknader</source>
            <translation>Merknader</translation>
        </message>
    </context>
    <context>
        <name>ServiceUserPicker</name>
        <message>
            <source>Søk på navn eller fødselsnummer</source>
            <translation>Søk på namn eller fødselsnummer</translation>
        </message>
        <message>
            <source>Ikke registrert</source>
            <translation>Ikkje registrert</translation>
        </message>
    </context>
    <context>
        <name>ServiceUserTableModel</name>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Fødselsdato</source>
            <translation>Fødselsdato</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>ServiceUsersPage</name>
        <message>
            <source>Søk på navn, fødselsnummer eller telefon (Ctrl+F)</source>
            <translation>Søk på namn, fødselsnummer eller telefon (Ctrl+F)</translation>
        </message>
        <message>
            <source>Søk blant tjenestemottakere</source>
            <translation>Søk blant tenestemottakarar</translation>
        </message>
        <message>
            <source>Aktive</source>
            <translation>Aktive</translation>
        </message>
        <message>
            <source>Avsluttede</source>
            <translation>Avslutta</translation>
        </message>
        <message>
            <source>Alle</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Vis aktive, avsluttede eller alle</source>
            <translation>Vis aktive, avslutta eller alle</translation>
        </message>
        <message>
            <source>Personalia</source>
            <translation>Personalia</translation>
        </message>
        <message>
            <source>Individuell plan</source>
            <translation>Individuell plan</translation>
        </message>
        <message>
            <source>Ansvarsgruppe</source>
            <translation>Ansvarsgruppe</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Vedtak og tjenester</source>
            <translation>Vedtak og tenester</translation>
        </message>
        <message>
            <source>Hvem har sett journalen</source>
            <translation>Kven har sett journalen</translation>
        </message>
        <message>
            <source>1 tjenestemottaker</source>
            <translation>1 tenestemottakar</translation>
        </message>
        <message>
            <source>%1 tjenestemottakere</source>
            <translation>%1 tenestemottakarar</translation>
        </message>
    </context>
    <context>
        <name>ServicesPage</name>
        <message>
            <source>Velg en tjenestemottaker i listen til venstre.</source>
            <translation>Vel ein tenestemottakar i lista til venstre.</translation>
        </message>
        <message>
            <source>Tjeneste</source>
            <translation>Teneste</translation>
        </message>
        <message>
            <source>Timer per uke</source>
            <translation>Timar per veke</translation>
        </message>
        <message>
            <source>Fra</source>
            <translation>Frå</translation>
        </message>
        <message>
            <source>Til</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Evaluering</source>
            <translation>Evaluering</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Vedtak</source>
            <translation>Vedtak</translation>
        </message>
        <message>
            <source>N&amp;ytt vedtak...</source>
            <translation>N&amp;ytt vedtak...</translation>
        </message>
        <message>
            <source>En&amp;dre...</source>
            <translation>En&amp;dre...</translation>
        </message>
        <message>
            <source>A&amp;vslutt vedtak...</source>
            <translation>A&amp;vslutt vedtak...</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Varighet</source>
            <translation>Varigheit</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Lavterskelkontakter (uten vedtak)</source>
            <translation>Lågterskelkontaktar (utan vedtak)</translation>
        </message>
        <message>
            <source>Registrer &amp;lavterskelkontakt...</source>
            <translation>Registrer &amp;lågterskelkontakt...</translation>
        </message>
        <message>
            <source>Henvendelser</source>
            <translation>Førespurnader</translation>
        </message>
        <message>
            <source>Ny &amp;henvendelse...</source>
            <translation>Ny &amp;førespurnad...</translation>
        </message>
        <message>
            <source>Vedtak og tjenester – %1</source>
            <translation>Vedtak og tenester – %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Innstillinger</source>
            <translation>Innstillingar</translation>
        </message>
        <message>
            <source>Grensene for hva «I dag» varsler om, for tallene til kommunen, hva kalenderfilene viser og når journalen låses.</source>
            <translation>Grensene for kva «I dag» varslar om, for tala til kommunen, kva kalenderfilene viser og når journalen blir låst.</translation>
        </message>
        <message>
            <source>Varsler på «I dag»</source>
            <translation>Varsel på «I dag»</translation>
        </message>
        <message>
            <source>Eksport av tall til kommunen</source>
            <translation>Eksport av tal til kommunen</translation>
        </message>
        <message>
            <source>Sikkerhet</source>
            <translation>Tryggleik</translation>
        </message>
        <message>
            <source>Kalenderfiler (.ics) for ansvarsgruppemøter</source>
            <translation>Kalenderfiler (.ics) for ansvarsgruppemøte</translation>
        </message>
        <message>
            <source>Fra %1 til %2%3.</source>
            <translation>Frå %1 til %2%3.</translation>
        </message>
        <message>
            <source>&amp;Standardverdier</source>
            <translation>&amp;Standardverdiar</translation>
        </message>
        <message>
            <source>Sett alle feltene tilbake til standard (lagres med Lagre)</source>
            <translation>Set alle felta tilbake til standard (blir lagra med Lagre)</translation>
        </message>
    </context>
    <context>
        <name>SharePicker</name>
        <message>
            <source>Velg fra listen, eller skriv et nytt navn</source>
            <translation>Vel frå lista, eller skriv eit nytt namn</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Hurtigtaster</source>
            <translation>Snøggtastar</translation>
        </message>
        <message>
            <source>Alle menyvalg kan nås med tastaturet: hold Alt og trykk den understrekede bokstaven, eller bruk hurtigtasten. Tab flytter mellom feltene, piltastene mellom radene i en liste, og F1 åpner brukerveiledningen.</source>
            <translation>Alle menyval kan nåast med tastaturet: hald inne Alt og trykk på den understreka bokstaven, eller bruk snøggtasten. Tab flyttar mellom felta, piltastane mellom radene i ei liste, og F1 opnar brukarrettleiinga.</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Taster</source>
            <translation>Tastar</translation>
        </message>
    </context>
    <context>
        <name>SimpleTable</name>
        <message>
            <source>Velg en rad</source>
            <translation>Vel ei rad</translation>
        </message>
        <message>
            <source>Velg en rad først.</source>
            <translation>Vel ei rad først.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Lås opp Psykhelse Desktop</source>
            <translation>Lås opp Psykhelse Desktop</translation>
        </message>
        <message>
            <source>Skriv passordet for å åpne journalen.</source>
            <translation>Skriv passordet for å opne journalen.</translation>
        </message>
        <message>
            <source>Passord</source>
            <translation>Passord</translation>
        </message>
        <message>
            <source>Lås opp</source>
            <translation>Lås opp</translation>
        </message>
        <message>
            <source>For mange feil passord på rad. Vent %1 sekunder før du prøver igjen.</source>
            <translation>For mange feil passord på rad. Vent %1 sekund før du prøver igjen.</translation>
        </message>
        <message>
            <source>Du kan prøve igjen nå.</source>
            <translation>Du kan prøve igjen no.</translation>
        </message>
    </context>
    <context>
        <name>WindowLock</name>
        <message>
            <source>Låst</source>
            <translation>Låst</translation>
        </message>
    </context>
    <context>
        <name>backup_auto</name>
        <message>
            <source>Sikkerhetskopi ved lukking</source>
            <translation>Tryggingskopi ved lukking</translation>
        </message>
    </context>
    <context>
        <name>backup_damaged</name>
        <message>
            <source>Journalen er skadet</source>
            <translation>Journalen er skadd</translation>
        </message>
        <message>
            <source>Gjenopprett fra sikkerhetskopi…</source>
            <translation>Gjenopprett frå tryggingskopi…</translation>
        </message>
        <message>
            <source>Åpne bare for lesing</source>
            <translation>Opne berre for lesing</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Kan ikke åpnes</source>
            <translation>Kan ikkje opnast</translation>
        </message>
        <message>
            <source>Filen er så skadet at den ikke kan leses. Gjenopprett fra en sikkerhetskopi.</source>
            <translation>Fila er så skadd at ho ikkje kan lesast. Gjenopprett frå ein tryggingskopi.</translation>
        </message>
    </context>
    <context>
        <name>entry_dialog</name>
        <message>
            <source>Signerte notater kan ikke endres. Rettelser blir et tillegg.</source>
            <translation>Signerte notat kan ikkje endrast. Rettingar blir eit tillegg.</translation>
        </message>
        <message>
            <source>Signere notatet nå?</source>
            <translation>Signere notatet no?</translation>
        </message>
    </context>
    <context>
        <name>export_periods</name>
        <message>
            <source>Egne datoer</source>
            <translation>Eigne datoar</translation>
        </message>
        <message>
            <source>I fjor</source>
            <translation>I fjor</translation>
        </message>
        <message>
            <source>I år hittil</source>
            <translation>I år så langt</translation>
        </message>
        <message>
            <source>Forrige måned</source>
            <translation>Førre månad</translation>
        </message>
        <message>
            <source>Forrige kvartal</source>
            <translation>Førre kvartal</translation>
        </message>
    </context>
    <context>
        <name>group_rows</name>
        <message>
            <source>%1 %2 kl. %3–%4</source>
            <translation>%1 %2 kl. %3–%4</translation>
        </message>
        <message>
            <source>i dag</source>
            <translation>i dag</translation>
        </message>
        <message>
            <source>i morgen</source>
            <translation>i morgon</translation>
        </message>
        <message>
            <source>om %1 dager</source>
            <translation>om %1 dagar</translation>
        </message>
        <message>
            <source>%1 medlemmer</source>
            <translation>%1 medlemmer</translation>
        </message>
        <message>
            <source>fra %1</source>
            <translation>frå %1</translation>
        </message>
        <message>
            <source>%1 (til %2)</source>
            <translation>%1 (til %2)</translation>
        </message>
        <message>
            <source>Låst, versjon %1</source>
            <translation>Låst, versjon %1</translation>
        </message>
        <message>
            <source>Retting, versjon %1</source>
            <translation>Retting, versjon %1</translation>
        </message>
        <message>
            <source>1 medlem</source>
            <translation>1 medlem</translation>
        </message>
        <message>
            <source>Ikke nødvendig</source>
            <translation>Ikkje nødvendig</translation>
        </message>
        <message>
            <source>Ikke samtykke</source>
            <translation>Ikkje samtykke</translation>
        </message>
        <message>
            <source>Referat mangler</source>
            <translation>Referat manglar</translation>
        </message>
        <message>
            <source>Kan endres</source>
            <translation>Kan endrast</translation>
        </message>
    </context>
    <context>
        <name>import_dialog</name>
        <message>
            <source>Leser regnearket…</source>
            <translation>Les inn reknearket…</translation>
        </message>
        <message>
            <source>Importerer…</source>
            <translation>Importerer…</translation>
        </message>
        <message>
            <source>Velg regneark</source>
            <translation>Vel rekneark</translation>
        </message>
        <message>
            <source>Regneark (*.csv *.xlsx);;Alle filer (*)</source>
            <translation>Rekneark (*.csv *.xlsx);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Importerte %1 av %2 rader.</source>
            <translation>Importerte %1 av %2 rader.</translation>
        </message>
        <message>
            <source>Ingenting ble importert. Rett feilene i regnearket og prøv igjen.</source>
            <translation>Ingenting vart importert. Rett feila i reknearket og prøv igjen.</translation>
        </message>
        <message>
            <source>Importer fra regneark</source>
            <translation>Importer frå rekneark</translation>
        </message>
    </context>
    <context>
        <name>journal</name>
        <message>
            <source>Signert</source>
            <translation>Signert</translation>
        </message>
        <message>
            <source>Utkast</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>Skrevet av %1 %2.</source>
            <translation>Skrive av %1 %2.</translation>
        </message>
        <message>
            <source>Utkast, ikke signert.</source>
            <translation>Utkast, ikkje signert.</translation>
        </message>
        <message>
            <source>Signert av %1 %2.</source>
            <translation>Signert av %1 %2.</translation>
        </message>
        <message>
            <source>skrevet og signert av %1 %2</source>
            <translation>skrive og signert av %1 %2</translation>
        </message>
        <message>
            <source>(utkast)</source>
            <translation>(utkast)</translation>
        </message>
    </context>
    <context>
        <name>link_dialogs</name>
        <message>
            <source>Velg person fra adresseboken</source>
            <translation>Vel person frå adresseboka</translation>
        </message>
        <message>
            <source>Velg, eller skriv et nytt legekontor</source>
            <translation>Vel, eller skriv eit nytt legekontor</translation>
        </message>
        <message>
            <source>Adresseboken er tom. Legg inn personen under Adressebok først.</source>
            <translation>Adresseboka er tom. Legg inn personen under Adressebok først.</translation>
        </message>
        <message>
            <source>Velg en person fra adresseboken.</source>
            <translation>Vel ein person frå adresseboka.</translation>
        </message>
    </context>
    <context>
        <name>long_work</name>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>meeting_pack</name>
        <message>
            <source>Innkalling</source>
            <translation>Innkalling</translation>
        </message>
        <message>
            <source>Saksliste</source>
            <translation>Saksliste</translation>
        </message>
        <message>
            <source>Velg mappe for innkalling og saksliste</source>
            <translation>Vel mappe for innkalling og saksliste</translation>
        </message>
        <message>
            <source>Skriver ut…</source>
            <translation>Utskrifta er i gang…</translation>
        </message>
        <message>
            <source>Kunne ikke skrive filene i %1. Velg en annen mappe. (%2)</source>
            <translation>Kunne ikkje skrive filene i %1. Vel ei anna mappe. (%2)</translation>
        </message>
        <message>
            <source>Kunne ikke skrive ut møtepakken</source>
            <translation>Kunne ikkje skrive ut møtepakken</translation>
        </message>
    </context>
    <context>
        <name>meeting_texts</name>
        <message>
            <source>%1 %2 kl. %3</source>
            <translation>%1 %2 kl. %3</translation>
        </message>
        <message>
            <source>%1 (video: %2)</source>
            <translation>%1 (video: %2)</translation>
        </message>
        <message>
            <source>Videomøte: %1</source>
            <translation>Videomøte: %1</translation>
        </message>
        <message>
            <source>%1 – %2 – frist %3</source>
            <translation>%1 – %2 – frist %3</translation>
        </message>
        <message>
            <source> (gjort %1)</source>
            <translation> (gjort %1)</translation>
        </message>
        <message>
            <source> (forfalt)</source>
            <translation> (over fristen)</translation>
        </message>
    </context>
    <context>
        <name>plan_lists</name>
        <message>
            <source>Mål</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Avsluttet</source>
            <translation>Avslutta</translation>
        </message>
        <message>
            <source>Tiltak: %1</source>
            <translation>Tiltak: %1</translation>
        </message>
        <message>
            <source>&amp;Nytt mål...</source>
            <translation>&amp;Nytt mål...</translation>
        </message>
        <message>
            <source>Avslutt &amp;mål</source>
            <translation>Avslutt &amp;mål</translation>
        </message>
        <message>
            <source>Uten mål</source>
            <translation>Utan mål</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Virksomhet</source>
            <translation>Verksemd</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Ny &amp;deltaker...</source>
            <translation>Ny &amp;deltakar...</translation>
        </message>
        <message>
            <source>F&amp;jern</source>
            <translation>F&amp;jern</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>Kva</translation>
        </message>
        <message>
            <source>Omfang</source>
            <translation>Omfang</translation>
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation>Ansvarleg</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Slutt</source>
            <translation>Slutt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Nytt &amp;tiltak...</source>
            <translation>Nytt &amp;tiltak...</translation>
        </message>
        <message>
            <source>Avslutt t&amp;iltak</source>
            <translation>Avslutt t&amp;iltak</translation>
        </message>
        <message>
            <source>Gjelder</source>
            <translation>Gjeld</translation>
        </message>
        <message>
            <source>Dele med</source>
            <translation>Dele med</translation>
        </message>
        <message>
            <source>Gitt</source>
            <translation>Gjeve</translation>
        </message>
        <message>
            <source>Utløper</source>
            <translation>Går ut</translation>
        </message>
        <message>
            <source>Signert</source>
            <translation>Signert</translation>
        </message>
        <message>
            <source>Nytt &amp;samtykke...</source>
            <translation>Nytt &amp;samtykke...</translation>
        </message>
    </context>
    <context>
        <name>plan_text</name>
        <message>
            <source>Vedtak og valg</source>
            <translation>Vedtak og val</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Vedtak</source>
            <translation>Vedtak</translation>
        </message>
        <message>
            <source>Valg</source>
            <translation>Val</translation>
        </message>
        <message>
            <source> (avsluttet %1)</source>
            <translation> (avslutta %1)</translation>
        </message>
        <message>
            <source>Ressurser</source>
            <translation>Ressursar</translation>
        </message>
        <message>
            <source>Behov</source>
            <translation>Behov</translation>
        </message>
        <message>
            <source>Tjenestemottakeren</source>
            <translation>Tenestemottakaren</translation>
        </message>
        <message>
            <source>Tjenestene</source>
            <translation>Tenestene</translation>
        </message>
        <message>
            <source>Pårørende</source>
            <translation>Pårørande</translation>
        </message>
        <message>
            <source>mål</source>
            <translation>mål</translation>
        </message>
        <message>
            <source>Planperiode</source>
            <translation>Planperiode</translation>
        </message>
        <message>
            <source>Neste revisjon</source>
            <translation>Neste revisjon</translation>
        </message>
        <message>
            <source>gitt %1</source>
            <translation>gjeve %1</translation>
        </message>
        <message>
            <source>ikke gitt</source>
            <translation>ikkje gjeve</translation>
        </message>
    </context>
    <context>
        <name>postal_fields</name>
        <message>
            <source>c/o</source>
            <translation>c/o</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Postnummer</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>Poststed</source>
            <translation>Poststad</translation>
        </message>
        <message>
            <source>Bare når posten skal gå via noen andre</source>
            <translation>Berre når posten skal gå via nokon andre</translation>
        </message>
        <message>
            <source>Gate og nummer, eller postboks</source>
            <translation>Gate og nummer, eller postboks</translation>
        </message>
        <message>
            <source>Sjekk adressen: den kunne ikke deles opp i gate, postnummer og poststed da programmet ble oppdatert. Fyll inn postnummer og poststed, så kan brev sendes.</source>
            <translation>Sjekk adressa: ho kunne ikkje delast opp i gate, postnummer og poststad då programmet vart oppdatert. Fyll inn postnummer og poststad, så kan brev sendast.</translation>
        </message>
    </context>
    <context>
        <name>profile_dialog</name>
        <message>
            <source>Ditt navn</source>
            <translation>Namnet ditt</translation>
        </message>
        <message>
            <source>Tittel</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <source>Kommune</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>Telefon på dagtid</source>
            <translation>Telefon på dagtid</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Tjenestens postadresse</source>
            <translation>Postadressa til tenesta</translation>
        </message>
        <message>
            <source>Sentralbord</source>
            <translation>Sentralbord</translation>
        </message>
        <message>
            <source>Står i brev, samtykkeskjema, kriseplan og «Min plan»</source>
            <translation>Står i brev, samtykkeskjema, kriseplan og «Min plan»</translation>
        </message>
        <message>
            <source>For eksempel: Postboks 5, 9711 Lakselv</source>
            <translation>Til dømes: Postboks 5, 9711 Lakselv</translation>
        </message>
        <message>
            <source>Plan, brev, referat og andre utskrifter skrives på denne målformen, om ikke tjenestemottakeren har valgt en egen.</source>
            <translation>Plan, brev, referat og andre utskrifter blir skrivne på denne målforma, om ikkje tenestemottakaren har valt ei eiga.</translation>
        </message>
        <message>
            <source>Kommunens målform</source>
            <translation>Målforma til kommunen</translation>
        </message>
    </context>
    <context>
        <name>questions</name>
        <message>
            <source>Ikke lagret</source>
            <translation>Ikkje lagra</translation>
        </message>
        <message>
            <source>&amp;Forkast endringene</source>
            <translation>&amp;Forkast endringane</translation>
        </message>
        <message>
            <source>Fortsett å skrive</source>
            <translation>Skriv vidare</translation>
        </message>
        <message>
            <source>Bekreft</source>
            <translation>Stadfest</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>Nei</translation>
        </message>
    </context>
    <context>
        <name>save_place</name>
        <message>
            <source>PDF-filer (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>CSV-filer (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>Kalenderfiler (*.ics)</source>
            <translation>Kalenderfiler (*.ics)</translation>
        </message>
        <message>
            <source>Lagret: %1</source>
            <translation>Lagra: %1</translation>
        </message>
        <message>
            <source>Lagret</source>
            <translation>Lagra</translation>
        </message>
        <message>
            <source>Åpne mappen</source>
            <translation>Opne mappa</translation>
        </message>
    </context>
    <context>
        <name>service_user_dialog</name>
        <message>
            <source>Adressen kommer da aldri på brev, kalenderfiler, eksport, lister eller utskrifter.</source>
            <translation>Adressa kjem då aldri på brev, kalenderfiler, eksport, lister eller utskrifter.</translation>
        </message>
    </context>
    <context>
        <name>services</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Tjenestemottaker</source>
            <translation>Tenestemottakar</translation>
        </message>
        <message>
            <source>Mottatt</source>
            <translation>Motteke</translation>
        </message>
        <message>
            <source>Dager fra mottatt</source>
            <translation>Dagar frå motteke</translation>
        </message>
        <message>
            <source>Hastegrad</source>
            <translation>Hastegrad</translation>
        </message>
        <message>
            <source>Alvorlighet</source>
            <translation>Alvorsgrad</translation>
        </message>
        <message>
            <source>Beslutning</source>
            <translation>Avgjerd</translation>
        </message>
        <message>
            <source>Oppstart</source>
            <translation>Oppstart</translation>
        </message>
        <message>
            <source>Fra</source>
            <translation>Frå</translation>
        </message>
        <message>
            <source>Dager fra henvendelsen kom inn til hjelpen startet. Uten oppstart: til i dag, eller til beslutningen ved avslag, henvisning videre eller når den er trukket.</source>
            <translation>Dagar frå førespurnaden kom inn til hjelpa starta. Utan oppstart: til i dag, eller til avgjerda ved avslag, tilvising vidare eller når han er trekt.</translation>
        </message>
        <message>
            <source>Henvendelse mottatt %1 fra %2 (%3).</source>
            <translation>Førespurnad motteken %1 frå %2 (%3).</translation>
        </message>
        <message>
            <source>ikke registrert</source>
            <translation>ikkje registrert</translation>
        </message>
        <message>
            <source>1 dag</source>
            <translation>1 dag</translation>
        </message>
        <message>
            <source>%1 dager</source>
            <translation>%1 dagar</translation>
        </message>
        <message>
            <source>Starter %1</source>
            <translation>Startar %1</translation>
        </message>
        <message>
            <source>Aktivt</source>
            <translation>Aktivt</translation>
        </message>
        <message>
            <source>Avsluttet</source>
            <translation>Avslutta</translation>
        </message>
        <message>
            <source>Siste dag i dag</source>
            <translation>Siste dag i dag</translation>
        </message>
        <message>
            <source>Slutter om %1</source>
            <translation>Sluttar om %1</translation>
        </message>
        <message>
            <source>Inntil videre</source>
            <translation>Inntil vidare</translation>
        </message>
        <message>
            <source>Ikke besluttet</source>
            <translation>Ikkje avgjort</translation>
        </message>
        <message>
            <source>Ikke startet</source>
            <translation>Ikkje starta</translation>
        </message>
    </context>
    <context>
        <name>start</name>
        <message>
            <source>Journalen i %1 er i bruk av et annet program (prosess %2), for eksempel en gjenoppretting som pågår. Vent til det er ferdig, og start på nytt.</source>
            <translation>Journalen i %1 er i bruk av eit anna program (prosess %2), til dømes ei gjenoppretting som går føre seg. Vent til det er ferdig, og start på nytt.</translation>
        </message>
        <message>
            <source>Journalen er i bruk</source>
            <translation>Journalen er i bruk</translation>
        </message>
        <message>
            <source>Fant filer fra en journal</source>
            <translation>Fann filer frå ein journal</translation>
        </message>
        <message>
            <source>Gjenopprett fra sikkerhetskopi…</source>
            <translation>Gjenopprett frå tryggingskopi…</translation>
        </message>
        <message>
            <source>Avslutt</source>
            <translation>Avslutt</translation>
        </message>
        <message>
            <source>Demodatabase med oppdiktede personer. Passord: %1. Alt slettes når vinduet lukkes.</source>
            <translation>Demodatabase med oppdikta personar. Passord: %1. Alt blir sletta når vindauget blir lukka.</translation>
        </message>
        <message>
            <source>Noe uventet gikk galt. Det du allerede har lagret, er trygt, og programmet fortsetter. Feilen er skrevet i loggen i %1 (uten navn eller tekst du har skrevet). Lagre arbeidet ditt, og start programmet på nytt hvis vinduet oppfører seg rart. «Kopier detaljer» kopierer bare hva slags feil det var og hvor i programmet, til den som hjelper deg.</source>
            <translation>Noko uventa gjekk gale. Det du alt har lagra, er trygt, og programmet held fram. Feilen er skriven i loggen i %1 (utan namn eller tekst du har skrive). Lagre arbeidet ditt, og start programmet på nytt viss vindauget oppfører seg rart. «Kopier detaljar» kopierer berre kva slags feil det var og kvar i programmet, til den som hjelper deg.</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <source>Kunne ikke fullføre</source>
            <translation>Kunne ikkje fullføre</translation>
        </message>
        <message>
            <source>Uventet feil</source>
            <translation>Uventa feil</translation>
        </message>
        <message>
            <source>Kopier detaljer</source>
            <translation>Kopier detaljar</translation>
        </message>
        <message>
            <source>Detaljene er kopiert. Lim dem inn i en e-post eller melding.</source>
            <translation>Detaljane er kopierte. Lim dei inn i ein e-post eller ei melding.</translation>
        </message>
    </context>
    <context>
        <name>texts</name>
        <message>
            <source>mandag</source>
            <translation>måndag</translation>
        </message>
        <message>
            <source>tirsdag</source>
            <translation>tysdag</translation>
        </message>
        <message>
            <source>onsdag</source>
            <translation>onsdag</translation>
        </message>
        <message>
            <source>torsdag</source>
            <translation>torsdag</translation>
        </message>
        <message>
            <source>fredag</source>
            <translation>fredag</translation>
        </message>
        <message>
            <source>lørdag</source>
            <translation>laurdag</translation>
        </message>
        <message>
            <source>søndag</source>
            <translation>sundag</translation>
        </message>
        <message>
            <source>januar</source>
            <translation>januar</translation>
        </message>
        <message>
            <source>februar</source>
            <translation>februar</translation>
        </message>
        <message>
            <source>mars</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>april</source>
            <translation>april</translation>
        </message>
        <message>
            <source>mai</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>juni</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>juli</translation>
        </message>
        <message>
            <source>august</source>
            <translation>august</translation>
        </message>
        <message>
            <source>september</source>
            <translation>september</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>oktober</translation>
        </message>
        <message>
            <source>november</source>
            <translation>november</translation>
        </message>
        <message>
            <source>desember</source>
            <translation>desember</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>Nei</translation>
        </message>
    </context>
    <context>
        <name>unlock</name>
        <message>
            <source>Gjenopprett fra sikkerhetskopi…</source>
            <translation>Gjenopprett frå tryggingskopi…</translation>
        </message>
    </context>
</TS>
