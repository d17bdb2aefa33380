<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Nynorsk for the labels and fixed texts of domain/ (context "domain"), read by the window (ui/texts.domain_text) and by the printed documents (words.py). -->
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>domain</name>
    <message>
        <source>0 viser alle henvendelser som venter på avgjørelse.</source>
        <translation>0 viser alle førespurnader som ventar på avgjerd.</translation>
    </message>
    <message>
        <source>0: bare tid og «Ansvarsgruppemøte» (hjemme hos brukeren blir «Hjemmebesøk»). 1: også stedet slik det er skrevet. 2: også sakslisten. ADVARSEL: kalendere synkroniseres ofte til telefon og nettskyen; sted og saksliste kan røpe helseopplysninger og hvor brukeren bor.</source>
        <translation>0: berre tid og «Ansvarsgruppemøte» (heime hos brukaren blir «Heimebesøk»). 1: òg staden slik han er skriven. 2: òg sakslista. ÅTVARING: kalendrar blir ofte synkroniserte til telefon og nettskya; stad og saksliste kan røpe helseopplysningar og kvar brukaren bur.</translation>
    </message>
    <message>
        <source>0–17 år</source>
        <translation>0–17 år</translation>
    </message>
    <message>
        <source>1. Mål, ressurser og behov</source>
        <translation>1. Mål, ressursar og behov</translation>
    </message>
    <message>
        <source>18–29 år</source>
        <translation>18–29 år</translation>
    </message>
    <message>
        <source>2. Hvem som deltar i arbeidet med planen</source>
        <translation>2. Kven som deltek i arbeidet med planen</translation>
    </message>
    <message>
        <source>3. Koordinator</source>
        <translation>3. Koordinator</translation>
    </message>
    <message>
        <source>30–49 år</source>
        <translation>30–49 år</translation>
    </message>
    <message>
        <source>4. Hva tjenestemottakeren, tjenestene og pårørende bidrar med</source>
        <translation>4. Kva tenestemottakaren, tenestene og pårørande bidreg med</translation>
    </message>
    <message>
        <source>5. Tiltak</source>
        <translation>5. Tiltak</translation>
    </message>
    <message>
        <source>50–66 år</source>
        <translation>50–66 år</translation>
    </message>
    <message>
        <source>6. Slik skal tiltakene gjennomføres</source>
        <translation>6. Slik skal tiltaka gjennomførast</translation>
    </message>
    <message>
        <source>67 år og eldre</source>
        <translation>67 år og eldre</translation>
    </message>
    <message>
        <source>7. Planperiode og revisjon</source>
        <translation>7. Planperiode og revisjon</translation>
    </message>
    <message>
        <source>8. Samtykke</source>
        <translation>8. Samtykke</translation>
    </message>
    <message>
        <source>9. Samarbeid med andre tjenester, institusjoner og etater</source>
        <translation>9. Samarbeid med andre tenester, institusjonar og etatar</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Aktive planer med revisjonsdato innen så mange dager vises i «I dag».</source>
        <translation>Aktive planar med revisjonsdato innan så mange dagar blir viste i «I dag».</translation>
    </message>
    <message>
        <source>Aktivisering og dagtilbud</source>
        <translation>Aktivisering og dagtilbod</translation>
    </message>
    <message>
        <source>Aktivitet, arbeid og utdanning</source>
        <translation>Aktivitet, arbeid og utdanning</translation>
    </message>
    <message>
        <source>Alle aldre</source>
        <translation>Alle aldrar</translation>
    </message>
    <message>
        <source>Alle tjenestetyper</source>
        <translation>Alle tenestetypar</translation>
    </message>
    <message>
        <source>Alvorlig</source>
        <translation>Alvorleg</translation>
    </message>
    <message>
        <source>Andre tjenester</source>
        <translation>Andre tenester</translation>
    </message>
    <message>
        <source>Annen</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Avlyst</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>Avlyste møte i ansvarsgruppen</source>
        <translation>Avlyste møte i ansvarsgruppa</translation>
    </message>
    <message>
        <source>Avslag</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Avsluttet ansvarsgruppen</source>
        <translation>Avslutta ansvarsgruppa</translation>
    </message>
    <message>
        <source>Avsluttet vedtak (tatt vare på)</source>
        <translation>Avslutta vedtak (teke vare på)</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Barnevernet</source>
        <translation>Barnevernet</translation>
    </message>
    <message>
        <source>Behandler DPS</source>
        <translation>Behandlar DPS</translation>
    </message>
    <message>
        <source>Beskyttet adresse</source>
        <translation>Verna adresse</translation>
    </message>
    <message>
        <source>Beslutning på henvendelse</source>
        <translation>Avgjerd på førespurnad</translation>
    </message>
    <message>
        <source>Beslutningsdatoen ligger fram i tid. Skriv når det ble besluttet.</source>
        <translation>Avgjerdsdatoen ligg fram i tid. Skriv når det vart avgjort.</translation>
    </message>
    <message>
        <source>Besteforelder</source>
        <translation>Besteforelder</translation>
    </message>
    <message>
        <source>Bo og veiledning</source>
        <translation>Bu og rettleiing</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <source>Bror</source>
        <translation>Bror</translation>
    </message>
    <message>
        <source>DPS-behandler</source>
        <translation>DPS-behandlar</translation>
    </message>
    <message>
        <source>Datoen ligger fram i tid. Skriv når kontakten faktisk var.</source>
        <translation>Datoen ligg fram i tid. Skriv når kontakten faktisk var.</translation>
    </message>
    <message>
        <source>De to passordene er ikke like. Skriv det samme passordet to ganger.</source>
        <translation>Dei to passorda er ikkje like. Skriv det same passordet to gonger.</translation>
    </message>
    <message>
        <source>Delvis nådd</source>
        <translation>Delvis nådd</translation>
    </message>
    <message>
        <source>Dette er et syntetisk testnummer. Det kan bare brukes i en demodatabase.</source>
        <translation>Dette er eit syntetisk testnummer. Det kan berre brukast i ein demodatabase.</translation>
    </message>
    <message>
        <source>Du har rett til innsyn i alt som er registrert om deg (pasient- og brukerrettighetsloven § 5-1) og til å vite hvem som har hatt tilgang til journalen din (pasientjournalloven § 22).</source>
        <translation>Du har rett til innsyn i alt som er registrert om deg (pasient- og brukarrettslova § 5-1) og til å vite kven som har hatt tilgang til journalen din (pasientjournallova § 22).</translation>
    </message>
    <message>
        <source>Du har rett til å vite hvem som har hatt tilgang til journalen din (pasient- og brukerrettighetsloven § 5-1 og pasientjournalloven § 22).</source>
        <translation>Du har rett til å vite kven som har hatt tilgang til journalen din (pasient- og brukarrettslova § 5-1 og pasientjournallova § 22).</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>E-postadressen ser ikke riktig ut (mangler @ eller domene).</source>
        <translation>E-postadressa ser ikkje rett ut (manglar @ eller domene).</translation>
    </message>
    <message>
        <source>Ektefelle</source>
        <translation>Ektefelle</translation>
    </message>
    <message>
        <source>Endret</source>
        <translation>Endra</translation>
    </message>
    <message>
        <source>Endret henvendelse</source>
        <translation>Endra førespurnad</translation>
    </message>
    <message>
        <source>Endret innstillinger</source>
        <translation>Endra innstillingar</translation>
    </message>
    <message>
        <source>Endret pårørende</source>
        <translation>Endra pårørande</translation>
    </message>
    <message>
        <source>Endret utkast til journalnotat</source>
        <translation>Endra utkast til journalnotat</translation>
    </message>
    <message>
        <source>Endret vedtak</source>
        <translation>Endra vedtak</translation>
    </message>
    <message>
        <source>Endringer i planen</source>
        <translation>Endringar i planen</translation>
    </message>
    <message>
        <source>Et mål kan ikke slettes. Avslutt målet i stedet.</source>
        <translation>Eit mål kan ikkje slettast. Avslutt målet i staden.</translation>
    </message>
    <message>
        <source>Et tiltak kan ikke slettes. Sett status til avsluttet i stedet.</source>
        <translation>Eit tiltak kan ikkje slettast. Set status til avslutta i staden.</translation>
    </message>
    <message>
        <source>Etternavn</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Etternavn mangler.</source>
        <translation>Etternamn manglar.</translation>
    </message>
    <message>
        <source>Evaluering av vedtak innen</source>
        <translation>Evaluering av vedtak innan</translation>
    </message>
    <message>
        <source>Evalueringer</source>
        <translation>Evalueringar</translation>
    </message>
    <message>
        <source>Evalueringsdatoen ligger utenfor vedtaksperioden. Velg en dato i perioden.</source>
        <translation>Evalueringsdatoen ligg utanfor vedtaksperioden. Vel ein dato i perioden.</translation>
    </message>
    <message>
        <source>Far</source>
        <translation>Far</translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Feil passord. Databasen ble ikke åpnet. Prøv igjen.</source>
        <translation>Feil passord. Databasen vart ikkje opna. Prøv igjen.</translation>
    </message>
    <message>
        <source>Fjernet pårørende (tatt vare på)</source>
        <translation>Fjerna pårørande (teke vare på)</translation>
    </message>
    <message>
        <source>Fjernet samarbeidspartner (tatt vare på)</source>
        <translation>Fjerna samarbeidspartnar (teke vare på)</translation>
    </message>
    <message>
        <source>For kort</source>
        <translation>For kort</translation>
    </message>
    <message>
        <source>Forfalt</source>
        <translation>Forfalle</translation>
    </message>
    <message>
        <source>Fornavn</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Fornavn mangler.</source>
        <translation>Førenamn manglar.</translation>
    </message>
    <message>
        <source>Fortrolig adresse</source>
        <translation>Fortruleg adresse</translation>
    </message>
    <message>
        <source>Får ikke referatet</source>
        <translation>Får ikkje referatet</translation>
    </message>
    <message>
        <source>Får referatet</source>
        <translation>Får referatet</translation>
    </message>
    <message>
        <source>Fødselsdato</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Fødselsdatoen i nummeret ligger fram i tid.</source>
        <translation>Fødselsdatoen i nummeret ligg fram i tid.</translation>
    </message>
    <message>
        <source>Fødselsdatoen kan ikke ligge fram i tid.</source>
        <translation>Fødselsdatoen kan ikkje liggje fram i tid.</translation>
    </message>
    <message>
        <source>Fødselsdatoen kan ikke være før 1900. Sjekk årstallet.</source>
        <translation>Fødselsdatoen kan ikkje vere før 1900. Sjekk årstalet.</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Fødselsnummeret gir en fødselsdato før 1900. Sjekk nummeret.</source>
        <translation>Fødselsnummeret gir ein fødselsdato før 1900. Sjekk nummeret.</translation>
    </message>
    <message>
        <source>Fødselsnummeret inneholder ikke en gyldig dato.</source>
        <translation>Fødselsnummeret inneheld ikkje ein gyldig dato.</translation>
    </message>
    <message>
        <source>Fødselsnummeret kan bare inneholde siffer.</source>
        <translation>Fødselsnummeret kan berre innehalde siffer.</translation>
    </message>
    <message>
        <source>Gjenåpnet</source>
        <translation>Opna igjen</translation>
    </message>
    <message>
        <source>Godt nok; et ord til gjør det sterkt</source>
        <translation>Godt nok; eit ord til gjer det sterkt</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Har mindreårige barn</source>
        <translation>Har mindreårige barn</translation>
    </message>
    <message>
        <source>Haster</source>
        <translation>Hastar</translation>
    </message>
    <message>
        <source>Helse</source>
        <translation>Helse</translation>
    </message>
    <message>
        <source>Henvendelse uten avgjørelse</source>
        <translation>Førespurnad utan avgjerd</translation>
    </message>
    <message>
        <source>Henvendelser uten avgjørelse eldre enn</source>
        <translation>Førespurnader utan avgjerd eldre enn</translation>
    </message>
    <message>
        <source>Henvist videre</source>
        <translation>Tilvist vidare</translation>
    </message>
    <message>
        <source>Hjem og hverdag</source>
        <translation>Heim og kvardag</translation>
    </message>
    <message>
        <source>Hjemmebaserte tjenester</source>
        <translation>Heimebaserte tenester</translation>
    </message>
    <message>
        <source>Hjemmebesøk</source>
        <translation>Heimebesøk</translation>
    </message>
    <message>
        <source>Hjemmesykepleien</source>
        <translation>Heimesjukepleia</translation>
    </message>
    <message>
        <source>Holdt</source>
        <translation>Halde</translation>
    </message>
    <message>
        <source>Hvem har sett journalen</source>
        <translation>Kven har sett journalen</translation>
    </message>
    <message>
        <source>I alt</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Ikke avklart</source>
        <translation>Ikkje avklart</translation>
    </message>
    <message>
        <source>Ikke lenger aktuelt</source>
        <translation>Ikkje lenger aktuelt</translation>
    </message>
    <message>
        <source>Ikke møtt</source>
        <translation>Ikkje møtt</translation>
    </message>
    <message>
        <source>Ikke nådd</source>
        <translation>Ikkje nådd</translation>
    </message>
    <message>
        <source>Ikke utfylt</source>
        <translation>Ikkje fylt ut</translation>
    </message>
    <message>
        <source>Importert fra regneark</source>
        <translation>Importert frå rekneark</translation>
    </message>
    <message>
        <source>Individnummeret passer ikke med fødselsåret.</source>
        <translation>Individnummeret passar ikkje med fødselsåret.</translation>
    </message>
    <message>
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <source>Individuell plan, koordinator og ansvarsgruppe</source>
        <translation>Individuell plan, koordinator og ansvarsgruppe</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Ingen kontakt på</source>
        <translation>Ingen kontakt på</translation>
    </message>
    <message>
        <source>Ingen kontakt på lenge</source>
        <translation>Ingen kontakt på lenge</translation>
    </message>
    <message>
        <source>Ingen kopi utenfor maskinen ennå: ta en på en minnepinne</source>
        <translation>Ingen kopi utanfor maskinen enno: ta ein på ein minnepinne</translation>
    </message>
    <message>
        <source>Innen en uke</source>
        <translation>Innan ei veke</translation>
    </message>
    <message>
        <source>Innkalling til ansvarsgruppemøte</source>
        <translation>Innkalling til ansvarsgruppemøte</translation>
    </message>
    <message>
        <source>Innsyn i journalen</source>
        <translation>Innsyn i journalen</translation>
    </message>
    <message>
        <source>Innvilget vedtak</source>
        <translation>Innvilga vedtak</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Journalnotat er ikke signert</source>
        <translation>Journalnotat er ikkje signert</translation>
    </message>
    <message>
        <source>Kalenderfiler (.ics)</source>
        <translation>Kalenderfiler (.ics)</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Kjæreste</source>
        <translation>Kjærast</translation>
    </message>
    <message>
        <source>Koblet samarbeidspartner</source>
        <translation>Kopla samarbeidspartnar</translation>
    </message>
    <message>
        <source>Kommunens målform</source>
        <translation>Målforma til kommunen</translation>
    </message>
    <message>
        <source>Kommunepsykolog</source>
        <translation>Kommunepsykolog</translation>
    </message>
    <message>
        <source>Kontakter i journalen</source>
        <translation>Kontaktar i journalen</translation>
    </message>
    <message>
        <source>Kontakter i perioden</source>
        <translation>Kontaktar i perioden</translation>
    </message>
    <message>
        <source>Kontaktperson NAV</source>
        <translation>Kontaktperson NAV</translation>
    </message>
    <message>
        <source>Kontrollsifrene stemmer ikke. Sjekk at alle sifrene er skrevet riktig.</source>
        <translation>Kontrollsifra stemmer ikkje. Sjekk at alle sifra er skrivne rett.</translation>
    </message>
    <message>
        <source>Kriseplan</source>
        <translation>Kriseplan</translation>
    </message>
    <message>
        <source>LAR</source>
        <translation>LAR</translation>
    </message>
    <message>
        <source>La til pårørende</source>
        <translation>La til pårørande</translation>
    </message>
    <message>
        <source>Lagret møtekalender (ICS, se utleveringsloggen)</source>
        <translation>Lagra møtekalender (ICS, sjå utleveringsloggen)</translation>
    </message>
    <message>
        <source>Lagret ny revisjon av individuell plan</source>
        <translation>Lagra ny revisjon av individuell plan</translation>
    </message>
    <message>
        <source>Lavterskel, uten vedtak</source>
        <translation>Lågterskel, utan vedtak</translation>
    </message>
    <message>
        <source>Lavterskeltilbud uten vedtak</source>
        <translation>Lågterskeltilbod utan vedtak</translation>
    </message>
    <message>
        <source>Legevakt: 116 117. Ved fare for liv: ring 113.</source>
        <translation>Legevakt: 116 117. Ved fare for liv: ring 113.</translation>
    </message>
    <message>
        <source>Leste journalen</source>
        <translation>Las journalen</translation>
    </message>
    <message>
        <source>Lett</source>
        <translation>Lett</translation>
    </message>
    <message>
        <source>Lukket oppfølgingsoppgave</source>
        <translation>Lukka oppfølgingsoppgåve</translation>
    </message>
    <message>
        <source>Lås journalen etter</source>
        <translation>Lås journalen etter</translation>
    </message>
    <message>
        <source>Låste referatet (skrevet ut eller sendt)</source>
        <translation>Låste referatet (skrive ut eller sendt)</translation>
    </message>
    <message>
        <source>Mangler samtykke til planen</source>
        <translation>Manglar samtykke til planen</translation>
    </message>
    <message>
        <source>Med i kalenderfiler</source>
        <translation>Med i kalenderfiler</translation>
    </message>
    <message>
        <source>Med i personliste til kommunen (CSV, se utleveringsloggen)</source>
        <translation>Med i personliste til kommunen (CSV, sjå utleveringsloggen)</translation>
    </message>
    <message>
        <source>Medisin/injeksjon</source>
        <translation>Medisin/injeksjon</translation>
    </message>
    <message>
        <source>Medisinhåndtering</source>
        <translation>Medisinhandtering</translation>
    </message>
    <message>
        <source>Medlem gikk ut av ansvarsgruppen (tatt vare på)</source>
        <translation>Medlem gjekk ut av ansvarsgruppa (teke vare på)</translation>
    </message>
    <message>
        <source>Miljøterapeut</source>
        <translation>Miljøterapeut</translation>
    </message>
    <message>
        <source>Min plan</source>
        <translation>Min plan</translation>
    </message>
    <message>
        <source>Moderat</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>Mor</source>
        <translation>Mor</translation>
    </message>
    <message>
        <source>Mottatt-datoen ligger fram i tid. Skriv når den faktisk kom inn.</source>
        <translation>Motteke-datoen ligg fram i tid. Skriv når han faktisk kom inn.</translation>
    </message>
    <message>
        <source>Målform</source>
        <translation>Målform</translation>
    </message>
    <message>
        <source>Møte i ansvarsgruppen</source>
        <translation>Møte i ansvarsgruppa</translation>
    </message>
    <message>
        <source>Møtekalender (ICS)</source>
        <translation>Møtekalender (ICS)</translation>
    </message>
    <message>
        <source>Møter de neste</source>
        <translation>Møte dei neste</translation>
    </message>
    <message>
        <source>Møtet har ingen deltakere. Inviter minst ett medlem av gruppen.</source>
        <translation>Møtet har ingen deltakarar. Inviter minst eitt medlem av gruppa.</translation>
    </message>
    <message>
        <source>Møtet mangler referat</source>
        <translation>Møtet manglar referat</translation>
    </message>
    <message>
        <source>Møtet må vare minst ett minutt.</source>
        <translation>Møtet må vare minst eitt minutt.</translation>
    </message>
    <message>
        <source>NAV-veileder</source>
        <translation>NAV-rettleiar</translation>
    </message>
    <message>
        <source>Navn mangler.</source>
        <translation>Namn manglar.</translation>
    </message>
    <message>
        <source>Navn på virksomheten mangler.</source>
        <translation>Namn på verksemda manglar.</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Neste revisjonsdato har passert. Velg en dato fram i tid.</source>
        <translation>Neste revisjonsdato har passert. Vel ein dato fram i tid.</translation>
    </message>
    <message>
        <source>Noen felt må rettes før du kan lagre:
</source>
        <translation>Nokre felt må rettast før du kan lagre:
</translation>
    </message>
    <message>
        <source>Notatet er tomt. Skriv hva som ble gjort og vurdert, og hva som er avtalt.</source>
        <translation>Notatet er tomt. Skriv kva som vart gjort og vurdert, og kva som er avtalt.</translation>
    </message>
    <message>
        <source>Ny fastlege</source>
        <translation>Ny fastlege</translation>
    </message>
    <message>
        <source>Ny koordinator</source>
        <translation>Ny koordinator</translation>
    </message>
    <message>
        <source>Ny oppfølgingsoppgave</source>
        <translation>Ny oppfølgingsoppgåve</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Nytt medlem i ansvarsgruppen</source>
        <translation>Nytt medlem i ansvarsgruppa</translation>
    </message>
    <message>
        <source>Nådd</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Oppfølging (I dag)</source>
        <translation>Oppfølging (I dag)</translation>
    </message>
    <message>
        <source>Oppfølging fra tidligere møter</source>
        <translation>Oppfølging frå tidlegare møte</translation>
    </message>
    <message>
        <source>Oppfølgingsoppgave over frist</source>
        <translation>Oppfølgingsoppgåve over frist</translation>
    </message>
    <message>
        <source>Oppgaven mangler ansvarlig. Velg hvem som skal gjøre den.</source>
        <translation>Oppgåva manglar ansvarleg. Vel kven som skal gjere ho.</translation>
    </message>
    <message>
        <source>Oppgaven mangler frist. Skriv innen hvilken dato den skal være gjort.</source>
        <translation>Oppgåva manglar frist. Skriv innan kva dato ho skal vere gjord.</translation>
    </message>
    <message>
        <source>Opprettet</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Opprettet ansvarsgruppe</source>
        <translation>Oppretta ansvarsgruppe</translation>
    </message>
    <message>
        <source>Opprettet individuell plan</source>
        <translation>Oppretta individuell plan</translation>
    </message>
    <message>
        <source>Oppstart etter henvendelse</source>
        <translation>Oppstart etter førespurnad</translation>
    </message>
    <message>
        <source>Ordinær</source>
        <translation>Ordinær</translation>
    </message>
    <message>
        <source>Personliste</source>
        <translation>Personliste</translation>
    </message>
    <message>
        <source>Personliste (CSV)</source>
        <translation>Personliste (CSV)</translation>
    </message>
    <message>
        <source>Planen er aktiv uten registrert samtykke</source>
        <translation>Planen er aktiv utan registrert samtykke</translation>
    </message>
    <message>
        <source>Planen mangler koordinator. Velg en koordinator først.</source>
        <translation>Planen manglar koordinator. Vel ein koordinator først.</translation>
    </message>
    <message>
        <source>Planen mangler samtykke. Registrer samtykke til planen (med dato) først.</source>
        <translation>Planen manglar samtykke. Registrer samtykke til planen (med dato) først.</translation>
    </message>
    <message>
        <source>Planen skal revideres</source>
        <translation>Planen skal reviderast</translation>
    </message>
    <message>
        <source>Planla møte i ansvarsgruppen</source>
        <translation>Planla møte i ansvarsgruppa</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planlagd</translation>
    </message>
    <message>
        <source>Planperioden kan ikke slutte før den starter. Rett sluttdatoen.</source>
        <translation>Planperioden kan ikkje slutte før han startar. Rett sluttdatoen.</translation>
    </message>
    <message>
        <source>Planrevisjon innen</source>
        <translation>Planrevisjon innan</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Postnummeret må ha fire siffer, for eksempel 9700.</source>
        <translation>Postnummeret må ha fire siffer, til dømes 9700.</translation>
    </message>
    <message>
        <source>Postnummeret må ha fire siffer.</source>
        <translation>Postnummeret må ha fire siffer.</translation>
    </message>
    <message>
        <source>Poststed</source>
        <translation>Poststad</translation>
    </message>
    <message>
        <source>Primærkontakt hjemmesykepleien</source>
        <translation>Primærkontakt heimesjukepleia</translation>
    </message>
    <message>
        <source>Psykisk helse</source>
        <translation>Psykisk helse</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Pårørende</source>
        <translation>Pårørande</translation>
    </message>
    <message>
        <source>Pårørende er bare med når tjenestemottakeren ønsker det. Skriv datoen tjenestemottakeren samtykket.</source>
        <translation>Pårørande er berre med når tenestemottakaren ønskjer det. Skriv datoen tenestemottakaren samtykte.</translation>
    </message>
    <message>
        <source>ROP</source>
        <translation>ROP</translation>
    </message>
    <message>
        <source>Rask psykisk helsehjelp</source>
        <translation>Rask psykisk helsehjelp</translation>
    </message>
    <message>
        <source>Referat fra ansvarsgruppemøte</source>
        <translation>Referat frå ansvarsgruppemøte</translation>
    </message>
    <message>
        <source>Registrerte henvendelse</source>
        <translation>Registrerte førespurnad</translation>
    </message>
    <message>
        <source>Registrerte lavterskelkontakt</source>
        <translation>Registrerte lågterskelkontakt</translation>
    </message>
    <message>
        <source>Registrerte samtykke</source>
        <translation>Registrerte samtykke</translation>
    </message>
    <message>
        <source>Registrerte vedtak</source>
        <translation>Registrerte vedtak</translation>
    </message>
    <message>
        <source>Rettet referatet (ny versjon)</source>
        <translation>Retta referatet (ny versjon)</translation>
    </message>
    <message>
        <source>Rus</source>
        <translation>Rus</translation>
    </message>
    <message>
        <source>Rustjeneste</source>
        <translation>Rusteneste</translation>
    </message>
    <message>
        <source>Saksbehandler</source>
        <translation>Sakshandsamar</translation>
    </message>
    <message>
        <source>Saksliste for ansvarsgruppemøte</source>
        <translation>Saksliste for ansvarsgruppemøte</translation>
    </message>
    <message>
        <source>Samarbeidspartner</source>
        <translation>Samarbeidspartnar</translation>
    </message>
    <message>
        <source>Samboer</source>
        <translation>Sambuar</translation>
    </message>
    <message>
        <source>Samletall</source>
        <translation>Samletal</translation>
    </message>
    <message>
        <source>Samletall (CSV)</source>
        <translation>Samletal (CSV)</translation>
    </message>
    <message>
        <source>Samtale</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Samtykke for medlem i ansvarsgruppen</source>
        <translation>Samtykke for medlem i ansvarsgruppa</translation>
    </message>
    <message>
        <source>Samtykke går ut</source>
        <translation>Samtykke går ut</translation>
    </message>
    <message>
        <source>Samtykke går ut før møtet</source>
        <translation>Samtykke går ut før møtet</translation>
    </message>
    <message>
        <source>Samtykke har gått ut</source>
        <translation>Samtykke har gått ut</translation>
    </message>
    <message>
        <source>Samtykke som går ut innen</source>
        <translation>Samtykke som går ut innan</translation>
    </message>
    <message>
        <source>Samtykke til planen</source>
        <translation>Samtykke til planen</translation>
    </message>
    <message>
        <source>Samtykke til planen og til å dele opplysninger.</source>
        <translation>Samtykke til planen og til å dele opplysningar.</translation>
    </message>
    <message>
        <source>Samtykke til å dele opplysninger</source>
        <translation>Samtykke til å dele opplysningar</translation>
    </message>
    <message>
        <source>Samtykke til å lage planen</source>
        <translation>Samtykke til å lage planen</translation>
    </message>
    <message>
        <source>Samtykke trukket tilbake</source>
        <translation>Samtykke trekt tilbake</translation>
    </message>
    <message>
        <source>Samtykkeskjema</source>
        <translation>Samtykkeskjema</translation>
    </message>
    <message>
        <source>Sendte samletall til kommunen (CSV, se utleveringsloggen)</source>
        <translation>Sende samletal til kommunen (CSV, sjå utleveringsloggen)</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Seinare</translation>
    </message>
    <message>
        <source>Sentralbordnummeret må ha 8 siffer (eventuelt med landskode).</source>
        <translation>Sentralbordnummeret må ha 8 siffer (eventuelt med landskode).</translation>
    </message>
    <message>
        <source>Signert samtykkeskjema er ikke kommet tilbake</source>
        <translation>Signert samtykkeskjema har ikkje kome tilbake</translation>
    </message>
    <message>
        <source>Signerte journalnotat</source>
        <translation>Signerte journalnotat</translation>
    </message>
    <message>
        <source>Sikkerhetskopi utenfor maskinen</source>
        <translation>Tryggleikskopi utanfor maskinen</translation>
    </message>
    <message>
        <source>Sikkerhetskopi utenfor maskinen eldre enn</source>
        <translation>Tryggleikskopi utanfor maskinen eldre enn</translation>
    </message>
    <message>
        <source>Skal revideres</source>
        <translation>Skal reviderast</translation>
    </message>
    <message>
        <source>Skjul små tall under</source>
        <translation>Gøym små tal under</translation>
    </message>
    <message>
        <source>Skole/PPT</source>
        <translation>Skule/PPT</translation>
    </message>
    <message>
        <source>Skrev referat</source>
        <translation>Skreiv referat</translation>
    </message>
    <message>
        <source>Skrev ut dokument (se utleveringsloggen)</source>
        <translation>Skreiv ut dokument (sjå utleveringsloggen)</translation>
    </message>
    <message>
        <source>Skrev ut journalutdrag</source>
        <translation>Skreiv ut journalutdrag</translation>
    </message>
    <message>
        <source>Skrev utkast til journalnotat</source>
        <translation>Skreiv utkast til journalnotat</translation>
    </message>
    <message>
        <source>Skrevet ut</source>
        <translation>Skrive ut</translation>
    </message>
    <message>
        <source>Skriv dato og klokkeslett for kontakten.</source>
        <translation>Skriv dato og klokkeslett for kontakten.</translation>
    </message>
    <message>
        <source>Skriv dato og klokkeslett for møtet.</source>
        <translation>Skriv dato og klokkeslett for møtet.</translation>
    </message>
    <message>
        <source>Skriv datoen for kontakten.</source>
        <translation>Skriv datoen for kontakten.</translation>
    </message>
    <message>
        <source>Skriv datoen henvendelsen kom inn.</source>
        <translation>Skriv datoen førespurnaden kom inn.</translation>
    </message>
    <message>
        <source>Skriv datoen tjenestemottakeren tok valget.</source>
        <translation>Skriv datoen tenestemottakaren tok valet.</translation>
    </message>
    <message>
        <source>Skriv datoen vedtaket ble fattet (står i vedtaksbrevet).</source>
        <translation>Skriv datoen vedtaket vart gjort (står i vedtaksbrevet).</translation>
    </message>
    <message>
        <source>Skriv datoen vedtaket gjelder fra.</source>
        <translation>Skriv datoen vedtaket gjeld frå.</translation>
    </message>
    <message>
        <source>Skriv hva som skal gjøres.</source>
        <translation>Skriv kva som skal gjerast.</translation>
    </message>
    <message>
        <source>Skriv hvem henvendelsen kom fra (for eksempel fastlegen, NAV eller personen selv).</source>
        <translation>Skriv kven førespurnaden kom frå (til dømes fastlegen, NAV eller personen sjølv).</translation>
    </message>
    <message>
        <source>Skriv hvilken rolle medlemmet har i gruppen.</source>
        <translation>Skriv kva rolle medlemmet har i gruppa.</translation>
    </message>
    <message>
        <source>Skriv hvor møtet holdes, eller lim inn lenken til videomøtet.</source>
        <translation>Skriv kvar møtet blir halde, eller lim inn lenkja til videomøtet.</translation>
    </message>
    <message>
        <source>Skriv inn fødselsnummer eller fødselsdato.</source>
        <translation>Skriv inn fødselsnummer eller fødselsdato.</translation>
    </message>
    <message>
        <source>Skriv navnet ditt.</source>
        <translation>Skriv namnet ditt.</translation>
    </message>
    <message>
        <source>Skriv navnet på kommunen.</source>
        <translation>Skriv namnet på kommunen.</translation>
    </message>
    <message>
        <source>Slettet utkast til journalnotat (aldri signert)</source>
        <translation>Sletta utkast til journalnotat (aldri signert)</translation>
    </message>
    <message>
        <source>Slik når du personen</source>
        <translation>Slik når du personen</translation>
    </message>
    <message>
        <source>Sluttdatoen er før startdatoen. Rett en av dem.</source>
        <translation>Sluttdatoen er før startdatoen. Rett ein av dei.</translation>
    </message>
    <message>
        <source>Sluttdatoen er før vedtaket begynte å gjelde. Velg en senere dato.</source>
        <translation>Sluttdatoen er før vedtaket byrja å gjelde. Vel ein seinare dato.</translation>
    </message>
    <message>
        <source>Sosialt liv og nettverk</source>
        <translation>Sosialt liv og nettverk</translation>
    </message>
    <message>
        <source>Strengt fortrolig adresse</source>
        <translation>Strengt fortruleg adresse</translation>
    </message>
    <message>
        <source>Støttekontakt</source>
        <translation>Støttekontakt</translation>
    </message>
    <message>
        <source>Støttesamtaler</source>
        <translation>Støttesamtalar</translation>
    </message>
    <message>
        <source>Søkte i journalen (treff vist)</source>
        <translation>Søkte i journalen (treff viste)</translation>
    </message>
    <message>
        <source>Søster</source>
        <translation>Syster</translation>
    </message>
    <message>
        <source>TUD</source>
        <translation>TUD</translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi…</source>
        <translation>Ta tryggleikskopi…</translation>
    </message>
    <message>
        <source>Takker nei til plan</source>
        <translation>Takkar nei til plan</translation>
    </message>
    <message>
        <source>Tall til kommunen</source>
        <translation>Tal til kommunen</translation>
    </message>
    <message>
        <source>Tall under grensen vises som «&lt;5» i tallene til kommunen (med grensen 5).</source>
        <translation>Tal under grensa blir viste som «&lt;5» i tala til kommunen (med grensa 5).</translation>
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
        <source>Telefonnummeret må ha 8 siffer (eventuelt med landskode).</source>
        <translation>Telefonnummeret må ha 8 siffer (eventuelt med landskode).</translation>
    </message>
    <message>
        <source>Tidspunktet har passert. Velg et tidspunkt fram i tid.</source>
        <translation>Tidspunktet har passert. Vel eit tidspunkt fram i tid.</translation>
    </message>
    <message>
        <source>Tidspunktet ligger fram i tid. Skriv når kontakten faktisk var.</source>
        <translation>Tidspunktet ligg fram i tid. Skriv når kontakten faktisk var.</translation>
    </message>
    <message>
        <source>Tillegg (retting)</source>
        <translation>Tillegg (retting)</translation>
    </message>
    <message>
        <source>Tillegg (retting) til signert journalnotat</source>
        <translation>Tillegg (retting) til signert journalnotat</translation>
    </message>
    <message>
        <source>Tillegget er tomt. Skriv hva som rettes eller legges til, og hvorfor.</source>
        <translation>Tillegget er tomt. Skriv kva som blir retta eller lagt til, og kvifor.</translation>
    </message>
    <message>
        <source>Timer per uke</source>
        <translation>Timar per veke</translation>
    </message>
    <message>
        <source>Timer per uke kan ikke være negativt. Skriv 0 eller mer.</source>
        <translation>Timar per veke kan ikkje vere negativt. Skriv 0 eller meir.</translation>
    </message>
    <message>
        <source>Timer per uke kan ikke være over 168 (alle timene i en uke).</source>
        <translation>Timar per veke kan ikkje vere over 168 (alle timane i ei veke).</translation>
    </message>
    <message>
        <source>Tjenestemottaker</source>
        <translation>Tenestemottakar</translation>
    </message>
    <message>
        <source>Tjenestemottakere etter alder og kategori</source>
        <translation>Tenestemottakarar etter alder og kategori</translation>
    </message>
    <message>
        <source>Tjenestemottakere etter tjenestetype og år</source>
        <translation>Tenestemottakarar etter tenestetype og år</translation>
    </message>
    <message>
        <source>Tjenestemottakere i perioden</source>
        <translation>Tenestemottakarar i perioden</translation>
    </message>
    <message>
        <source>Tjenestemottakeren har takket nei til plan. Endre valget først.</source>
        <translation>Tenestemottakaren har takka nei til plan. Endre valet først.</translation>
    </message>
    <message>
        <source>Tjenestestart</source>
        <translation>Tenestestart</translation>
    </message>
    <message>
        <source>Tjenestestart kan ikke være før 1900. Sjekk årstallet.</source>
        <translation>Tenestestart kan ikkje vere før 1900. Sjekk årstalet.</translation>
    </message>
    <message>
        <source>Trukket</source>
        <translation>Trekt</translation>
    </message>
    <message>
        <source>Ukjent alder</source>
        <translation>Ukjend alder</translation>
    </message>
    <message>
        <source>Unntatt offentlighet, jf. offentleglova § 13, jf. forvaltningsloven § 13</source>
        <translation>Unnateke offentlegheit, jf. offentleglova § 13, jf. forvaltningslova § 13</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Utkast til plan: samtykke er ikke registrert</source>
        <translation>Utkast til plan: samtykke er ikkje registrert</translation>
    </message>
    <message>
        <source>Utlevert</source>
        <translation>Utlevert</translation>
    </message>
    <message>
        <source>Utløpsdatoen kan ikke være før datoen samtykket ble gitt.</source>
        <translation>Utløpsdatoen kan ikkje vere før datoen samtykket vart gitt.</translation>
    </message>
    <message>
        <source>Utskrift (PDF)</source>
        <translation>Utskrift (PDF)</translation>
    </message>
    <message>
        <source>Utskrift på papir</source>
        <translation>Utskrift på papir</translation>
    </message>
    <message>
        <source>Varigheten kan ikke være negativ. Skriv antall minutter.</source>
        <translation>Varigheita kan ikkje vere negativ. Skriv talet på minutt.</translation>
    </message>
    <message>
        <source>Varigheten kan ikke være over 24 timer (1440 minutter).</source>
        <translation>Varigheita kan ikkje vere over 24 timar (1440 minutt).</translation>
    </message>
    <message>
        <source>Vedtak går ut</source>
        <translation>Vedtak går ut</translation>
    </message>
    <message>
        <source>Vedtak har gått ut</source>
        <translation>Vedtak har gått ut</translation>
    </message>
    <message>
        <source>Vedtak skal evalueres</source>
        <translation>Vedtak skal evaluerast</translation>
    </message>
    <message>
        <source>Vedtak som går ut innen</source>
        <translation>Vedtak som går ut innan</translation>
    </message>
    <message>
        <source>Vedtatte timer per uke ved periodens slutt</source>
        <translation>Vedtekne timar per veke ved slutten av perioden</translation>
    </message>
    <message>
        <source>Velg eller skriv relasjon.</source>
        <translation>Vel eller skriv relasjon.</translation>
    </message>
    <message>
        <source>Velg en fra-dato.</source>
        <translation>Vel ein frå-dato.</translation>
    </message>
    <message>
        <source>Velg en til-dato.</source>
        <translation>Vel ein til-dato.</translation>
    </message>
    <message>
        <source>Velg hvilken pårørende som skal være med.</source>
        <translation>Vel kva pårørande som skal vere med.</translation>
    </message>
    <message>
        <source>Velg personen fra adresseboken.</source>
        <translation>Vel personen frå adresseboka.</translation>
    </message>
    <message>
        <source>Venn</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Verge</source>
        <translation>Verje</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Videomøte</source>
        <translation>Videomøte</translation>
    </message>
    <message>
        <source>Vinduet låses når tastatur og mus ikke er brukt så lenge. Ctrl+L låser med en gang.</source>
        <translation>Vindauget blir låst når tastatur og mus ikkje er brukte så lenge. Ctrl+L låser med ein gong.</translation>
    </message>
    <message>
        <source>Viste en liste over tjenestemottakere</source>
        <translation>Viste ei liste over tenestemottakarar</translation>
    </message>
    <message>
        <source>at noen følger med</source>
        <translation>at nokon følgjer med</translation>
    </message>
    <message>
        <source>c/o</source>
        <translation>c/o</translation>
    </message>
    <message>
        <source>det er en mappe, ikke en fil</source>
        <translation>det er ei mappe, ikkje ei fil</translation>
    </message>
    <message>
        <source>disken er full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>disken kan bare leses</source>
        <translation>disken kan berre lesast</translation>
    </message>
    <message>
        <source>en del av stien er ikke en mappe</source>
        <translation>ein del av stien er ikkje ei mappe</translation>
    </message>
    <message>
        <source>en som hjelper meg i hverdagen</source>
        <translation>ein som hjelper meg i kvardagen</translation>
    </message>
    <message>
        <source>enheten finnes ikke (minnepinnen er kanskje tatt ut)</source>
        <translation>eininga finst ikkje (minnepinnen er kanskje teken ut)</translation>
    </message>
    <message>
        <source>er i bruk</source>
        <translation>er i bruk</translation>
    </message>
    <message>
        <source>er ikke lenger medlem av gruppen</source>
        <translation>er ikkje lenger medlem av gruppa</translation>
    </message>
    <message>
        <source>filen er for stor for disken</source>
        <translation>fila er for stor for disken</translation>
    </message>
    <message>
        <source>filen er i bruk av et annet program</source>
        <translation>fila er i bruk av eit anna program</translation>
    </message>
    <message>
        <source>filen har tegn som ikke kan leses</source>
        <translation>fila har teikn som ikkje kan lesast</translation>
    </message>
    <message>
        <source>finnes allerede</source>
        <translation>finst allereie</translation>
    </message>
    <message>
        <source>finnes ikke</source>
        <translation>finst ikkje</translation>
    </message>
    <message>
        <source>for mange åpne filer</source>
        <translation>for mange opne filer</translation>
    </message>
    <message>
        <source>gruppen som hjelper meg</source>
        <translation>gruppa som hjelper meg</translation>
    </message>
    <message>
        <source>hjelp</source>
        <translation>hjelp</translation>
    </message>
    <message>
        <source>hjelp i hjemmet</source>
        <translation>hjelp i heimen</translation>
    </message>
    <message>
        <source>hjelp med medisinene</source>
        <translation>hjelp med medisinane</translation>
    </message>
    <message>
        <source>hjelp med pengene</source>
        <translation>hjelp med pengane</translation>
    </message>
    <message>
        <source>hjelp til å lage budsjett</source>
        <translation>hjelp til å lage budsjett</translation>
    </message>
    <message>
        <source>hvordan jeg har det</source>
        <translation>korleis eg har det</translation>
    </message>
    <message>
        <source>ikke tillatt</source>
        <translation>ikkje tillate</translation>
    </message>
    <message>
        <source>ingen endringer</source>
        <translation>ingen endringar</translation>
    </message>
    <message>
        <source>ingen tilgang</source>
        <translation>ingen tilgang</translation>
    </message>
    <message>
        <source>ja-svar</source>
        <translation>ja-svar</translation>
    </message>
    <message>
        <source>kan ikke flyttes mellom disker</source>
        <translation>kan ikkje flyttast mellom diskar</translation>
    </message>
    <message>
        <source>legen min</source>
        <translation>legen min</translation>
    </message>
    <message>
        <source>legevakten (lege kveld og natt)</source>
        <translation>legevakta (lege kveld og natt)</translation>
    </message>
    <message>
        <source>lese- eller skrivefeil på disken</source>
        <translation>lese- eller skrivefeil på disken</translation>
    </message>
    <message>
        <source>mappen er ikke tom</source>
        <translation>mappa er ikkje tom</translation>
    </message>
    <message>
        <source>minutter uten bruk</source>
        <translation>minutt utan bruk</translation>
    </message>
    <message>
        <source>møte med dem som hjelper meg</source>
        <translation>møte med dei som hjelper meg</translation>
    </message>
    <message>
        <source>navnet er for langt</source>
        <translation>namnet er for langt</translation>
    </message>
    <message>
        <source>når vi går gjennom planen</source>
        <translation>når vi går gjennom planen</translation>
    </message>
    <message>
        <source>når vi ser på hvordan det går</source>
        <translation>når vi ser på korleis det går</translation>
    </message>
    <message>
        <source>pause for de som hjelper meg</source>
        <translation>pause for dei som hjelper meg</translation>
    </message>
    <message>
        <source>planen min</source>
        <translation>planen min</translation>
    </message>
    <message>
        <source>samtale</source>
        <translation>samtale</translation>
    </message>
    <message>
        <source>samtaler</source>
        <translation>samtalar</translation>
    </message>
    <message>
        <source>sendt</source>
        <translation>sendt</translation>
    </message>
    <message>
        <source>skrevet ut</source>
        <translation>skrive ut</translation>
    </message>
    <message>
        <source>sykepleierne som kommer hjem</source>
        <translation>sjukepleiarane som kjem heim</translation>
    </message>
    <message>
        <source>syntetisk (H)</source>
        <translation>syntetisk (H)</translation>
    </message>
    <message>
        <source>syntetisk (Tenor)</source>
        <translation>syntetisk (Tenor)</translation>
    </message>
    <message>
        <source>tjenestemottakeren har ikke samtykket til at opplysninger deles med denne deltakeren</source>
        <translation>tenestemottakaren har ikkje samtykt til at opplysningar blir delte med denne deltakaren</translation>
    </message>
    <message>
        <source>tjenestemottakeren selv</source>
        <translation>tenestemottakaren sjølv</translation>
    </message>
    <message>
        <source>ugyldig navn</source>
        <translation>ugyldig namn</translation>
    </message>
    <message>
        <source>ugyldig navn eller verdi</source>
        <translation>ugyldig namn eller verdi</translation>
    </message>
    <message>
        <source>ukjent systemfeil</source>
        <translation>ukjend systemfeil</translation>
    </message>
    <message>
        <source>«I dag» minner deg på å ta en ny sikkerhetskopi, for eksempel på en minnepinne.</source>
        <translation>«I dag» minner deg på å ta ein ny tryggleikskopi, til dømes på ein minnepinne.</translation>
    </message>
    <message>
        <source>«Ikke møtt» teller ikke som kontakt.</source>
        <translation>«Ikkje møtt» tel ikkje som kontakt.</translation>
    </message>
    <message>
        <source>Åpne ansvarsgruppen</source>
        <translation>Opne ansvarsgruppa</translation>
    </message>
    <message>
        <source>Åpne henvendelsen</source>
        <translation>Opne førespurnaden</translation>
    </message>
    <message>
        <source>Åpne journalen</source>
        <translation>Opne journalen</translation>
    </message>
    <message>
        <source>Åpne møtet</source>
        <translation>Opne møtet</translation>
    </message>
    <message>
        <source>Åpne planen</source>
        <translation>Opne planen</translation>
    </message>
    <message>
        <source>Åpne tjenestemottakeren</source>
        <translation>Opne tenestemottakaren</translation>
    </message>
    <message>
        <source>Åpne vedtakene</source>
        <translation>Opne vedtaka</translation>
    </message>
    <message>
        <source>Åpnet</source>
        <translation>Opna</translation>
    </message>
    <message>
        <source>Åpnet journalen</source>
        <translation>Opna journalen</translation>
    </message>
    <message>
        <source>Åpnet oversikten «I dag»</source>
        <translation>Opna oversikta «I dag»</translation>
    </message>
    <message>
        <source>Økonomi</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Ønsker plan</source>
        <translation>Ønskjer plan</translation>
    </message>
    <message>
        <source>Ønsker tjenestemottakeren at pårørende involveres?</source>
        <translation>Ønskjer tenestemottakaren at pårørande blir involverte?</translation>
    </message>
</context>
</TS>
