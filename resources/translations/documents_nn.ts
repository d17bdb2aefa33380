<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Nynorsk for the printed documents: one context per module of printing/, "dates" for weekdays (the months are the same). The source is the bokmål in the code. -->
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>access_log_pdf</name>
    <message>
        <source> siden %1</source>
        <translation> sidan %1</translation>
    </message>
    <message>
        <source>%1 i alt%2: %3.</source>
        <translation>%1 i alt%2: %3.</translation>
    </message>
    <message>
        <source>%1 kl. %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>, født %1</source>
        <translation>, fødd %1</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Ingen oppføringer.</source>
        <translation>Ingen oppføringar.</translation>
    </message>
    <message>
        <source>Listen viser hver gang journalen er åpnet eller lest, endret, skrevet ut eller utlevert som fil, med hvem som gjorde det og når (norsk tid). Lister over mange personer (for eksempel søk) er logget uten navn og står ikke her.</source>
        <translation>Lista viser kvar gong journalen er opna eller lesen, endra, skriven ut eller utlevert som fil, med kven som gjorde det og når (norsk tid). Lister over mange personar (til dømes søk) er logga utan namn og står ikkje her.</translation>
    </message>
    <message>
        <source>Oppføringer</source>
        <translation>Oppføringar</translation>
    </message>
    <message>
        <source>Skrevet ut av</source>
        <translation>Skrive ut av</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Tjenestemottaker</source>
        <translation>Tenestemottakar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>agenda_pdf</name>
    <message>
        <source>. Ikke til (mangler gyldig samtykke): %1</source>
        <translation>. Ikkje til (manglar gyldig samtykke): %1</translation>
    </message>
    <message>
        <source>Deltakerliste</source>
        <translation>Deltakarliste</translation>
    </message>
    <message>
        <source>Eventuelt</source>
        <translation>Eventuelt</translation>
    </message>
    <message>
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <source>Individuell plan: evaluering av mål og revisjon</source>
        <translation>Individuell plan: evaluering av mål og revisjon</translation>
    </message>
    <message>
        <source>Mål som skal evalueres:</source>
        <translation>Mål som skal evaluerast:</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Neste møte</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <source>Planen skal revideres innen %1.</source>
        <translation>Planen skal reviderast innan %1.</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Saker</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Sakslisten sendes bare til: %1</source>
        <translation>Sakslista blir berre send til: %1</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <source>Virksomhet</source>
        <translation>Verksemd</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>changes_pdf</name>
    <message>
        <source>Endringer siden forrige revisjon</source>
        <translation>Endringar sidan førre revisjon</translation>
    </message>
    <message>
        <source>Ingen endringer.</source>
        <translation>Ingen endringar.</translation>
    </message>
    <message>
        <source>Revisjon %1, %2, %3.</source>
        <translation>Revisjon %1, %2, %3.</translation>
    </message>
    <message>
        <source>første</source>
        <translation>første</translation>
    </message>
    <message>
        <source>lagret %1 av %2</source>
        <translation>lagra %1 av %2</translation>
    </message>
    <message>
        <source>sammenlignet med revisjon %1</source>
        <translation>samanlikna med revisjon %1</translation>
    </message>
</context>
<context>
    <name>consent_pdf</name>
    <message>
        <source> på telefon %1</source>
        <translation> på telefon %1</translation>
    </message>
    <message>
        <source>, født %1</source>
        <translation>, fødd %1</translation>
    </message>
    <message>
        <source>Deltaker</source>
        <translation>Deltakar</translation>
    </message>
    <message>
        <source>Du kan trekke samtykket tilbake når som helst, helt eller delvis, uten å oppgi grunn. Si fra til %1%2, %3.</source>
        <translation>Du kan trekkje samtykket tilbake når som helst, heilt eller delvis, utan å gje grunn. Sei frå til %1%2, %3.</translation>
    </message>
    <message>
        <source>Hva kan deles</source>
        <translation>Kva kan delast</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Jeg samtykker til at planen lages</source>
        <translation>Eg samtykkjer til at planen blir laga</translation>
    </message>
    <message>
        <source>Jeg, %1%2, samtykker til at det lages en individuell plan sammen med meg, og at planen oppbevares i kommunen.</source>
        <translation>Eg, %1%2, samtykkjer til at det blir laga ein individuell plan saman med meg, og at planen blir oppbevart i kommunen.</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Opplysninger om meg kan deles med disse deltakerne, bare så langt det er nødvendig for arbeidet med planen, bare det som står i kolonnen «Hva kan deles», og bare til datoen i kolonnen «Til og med». Kryss av for hver linje.</source>
        <translation>Opplysningar om meg kan delast med desse deltakarane, berre så langt det er nødvendig for arbeidet med planen, berre det som står i kolonnen «Kva kan delast», og berre til datoen i kolonnen «Til og med». Kryss av for kvar linje.</translation>
    </message>
    <message>
        <source>Samtykke til individuell plan og deling av opplysninger</source>
        <translation>Samtykke til individuell plan og deling av opplysningar</translation>
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
        <source>Samtykker</source>
        <translation>Samtykkjer</translation>
    </message>
    <message>
        <source>Slik trekker du samtykket tilbake</source>
        <translation>Slik trekkjer du samtykket tilbake</translation>
    </message>
    <message>
        <source>Til og med</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <source>Tjenestemottaker</source>
        <translation>Tenestemottakar</translation>
    </message>
    <message>
        <source>Verge</source>
        <translation>Verje</translation>
    </message>
    <message>
        <source>Virksomhet</source>
        <translation>Verksemd</translation>
    </message>
    <message>
        <source>til planen avsluttes</source>
        <translation>til planen blir avslutta</translation>
    </message>
</context>
<context>
    <name>crisis_pdf</name>
    <message>
        <source>Dagtid:</source>
        <translation>Dagtid:</translation>
    </message>
    <message>
        <source>Dette hjelper ikke</source>
        <translation>Dette hjelper ikkje</translation>
    </message>
    <message>
        <source>Dette hjelper meg</source>
        <translation>Dette hjelper meg</translation>
    </message>
    <message>
        <source>Hvem jeg ringer kveld, natt og helg</source>
        <translation>Kven eg ringjer kveld, natt og helg</translation>
    </message>
    <message>
        <source>Hvem jeg ringer på dagtid</source>
        <translation>Kven eg ringjer på dagtid</translation>
    </message>
    <message>
        <source>Kriseplanen fortsetter fra side 1</source>
        <translation>Kriseplanen held fram frå side 1</translation>
    </message>
    <message>
        <source>Kveld, natt og helg:</source>
        <translation>Kveld, natt og helg:</translation>
    </message>
    <message>
        <source>Slik vil jeg bli møtt</source>
        <translation>Slik vil eg bli møtt</translation>
    </message>
    <message>
        <source>Tidlige tegn på at det går dårlig</source>
        <translation>Tidlege teikn på at det går dårleg</translation>
    </message>
    <message>
        <source>Ved fare for liv:</source>
        <translation>Ved fare for liv:</translation>
    </message>
    <message>
        <source>koordinatoren</source>
        <translation>koordinatoren</translation>
    </message>
    <message>
        <source>legevakt 116 117</source>
        <translation>legevakt 116 117</translation>
    </message>
    <message>
        <source>ring 113</source>
        <translation>ring 113</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>fredag</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>lørdag</source>
        <translation>laurdag</translation>
    </message>
    <message>
        <source>mandag</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>onsdag</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>søndag</source>
        <translation>sundag</translation>
    </message>
    <message>
        <source>tirsdag</source>
        <translation>tysdag</translation>
    </message>
    <message>
        <source>torsdag</source>
        <translation>torsdag</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>%1, revisjon %2</source>
        <translation>%1, revisjon %2</translation>
    </message>
</context>
<context>
    <name>easy_pdf</name>
    <message>
        <source> Du kan ringe på dagtid: %1.</source>
        <translation> Du kan ringje på dagtid: %1.</translation>
    </message>
    <message>
        <source> Hvor ofte: %1.</source>
        <translation> Kor ofte: %1.</translation>
    </message>
    <message>
        <source>%1. %2 har ansvaret.%3</source>
        <translation>%1. %2 har ansvaret.%3</translation>
    </message>
    <message>
        <source>Dette er jeg god på</source>
        <translation>Dette er eg god på</translation>
    </message>
    <message>
        <source>Dette gjør jeg selv</source>
        <translation>Dette gjer eg sjølv</translation>
    </message>
    <message>
        <source>Dette har vi ikke skrevet ennå.</source>
        <translation>Dette har vi ikkje skrive enno.</translation>
    </message>
    <message>
        <source>Dette vil jeg</source>
        <translation>Dette vil eg</translation>
    </message>
    <message>
        <source>Hvis det blir vanskelig</source>
        <translation>Dersom det blir vanskeleg</translation>
    </message>
    <message>
        <source>Hvis livet er i fare: ring 113.</source>
        <translation>Dersom livet er i fare: ring 113.</translation>
    </message>
    <message>
        <source>Jeg heter %1. Dette er planen min. Jeg har laget den sammen med dem som hjelper meg. Planen sier hva jeg vil, og hvem som gjør hva.</source>
        <translation>Eg heiter %1. Dette er planen min. Eg har laga han saman med dei som hjelper meg. Planen seier kva eg vil, og kven som gjer kva.</translation>
    </message>
    <message>
        <source>Kveld, natt og helg: legevakten, 116 117.</source>
        <translation>Kveld, natt og helg: legevakta, 116 117.</translation>
    </message>
    <message>
        <source>Min koordinator</source>
        <translation>Koordinatoren min</translation>
    </message>
    <message>
        <source>Min koordinator er %1. Koordinatoren passer på at planen blir fulgt.%2</source>
        <translation>Koordinatoren min er %1. Koordinatoren passar på at planen blir følgd.%2</translation>
    </message>
    <message>
        <source>Min plan</source>
        <translation>Min plan</translation>
    </message>
    <message>
        <source>Når ser vi på planen igjen?</source>
        <translation>Når ser vi på planen igjen?</translation>
    </message>
    <message>
        <source>På dagtid kan jeg ringe %1.</source>
        <translation>På dagtid kan eg ringje %1.</translation>
    </message>
    <message>
        <source>Slik hjelper andre meg</source>
        <translation>Slik hjelper andre meg</translation>
    </message>
    <message>
        <source>Tegn på at det går dårlig</source>
        <translation>Teikn på at det går dårleg</translation>
    </message>
    <message>
        <source>Vi ser på planen sammen igjen %1.</source>
        <translation>Vi ser på planen saman igjen %1.</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <source>Pårørende (%1)</source>
        <translation>Pårørande (%1)</translation>
    </message>
</context>
<context>
    <name>invitation_pdf</name>
    <message>
        <source>%1, koordinator</source>
        <translation>%1, koordinator</translation>
    </message>
    <message>
        <source>Adresse mangler</source>
        <translation>Adresse manglar</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Du innkalles til et ansvarsgruppemøte.</source>
        <translation>Du blir kalla inn til eit ansvarsgruppemøte.</translation>
    </message>
    <message>
        <source>Du innkalles til møte i ansvarsgruppen din.</source>
        <translation>Du blir kalla inn til møte i ansvarsgruppa di.</translation>
    </message>
    <message>
        <source>Du innkalles til møte i ansvarsgruppen for %1.</source>
        <translation>Du blir kalla inn til møte i ansvarsgruppa for %1.</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Gi beskjed til %1%2, %3 i %4, hvis du ikke kan komme, eller hvis du har en sak du vil ta opp.</source>
        <translation>Gje beskjed til %1%2, %3 i %4, dersom du ikkje kan kome, eller dersom du har ei sak du vil ta opp.</translation>
    </message>
    <message>
        <source>Ingen er invitert til møtet.</source>
        <translation>Ingen er invitert til møtet.</translation>
    </message>
    <message>
        <source>Med vennlig hilsen</source>
        <translation>Med venleg helsing</translation>
    </message>
    <message>
        <source>Postadresse: %1</source>
        <translation>Postadresse: %1</translation>
    </message>
    <message>
        <source>Saksbehandler</source>
        <translation>Sakshandsamar</translation>
    </message>
    <message>
        <source>Saksliste</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>Sentralbord</source>
        <translation>Sentralbord</translation>
    </message>
    <message>
        <source>Sted: %1</source>
        <translation>Stad: %1</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tid: %1</source>
        <translation>Tid: %1</translation>
    </message>
    <message>
        <source>Vår ref.</source>
        <translation>Vår ref.</translation>
    </message>
    <message>
        <source>e-post %1</source>
        <translation>e-post %1</translation>
    </message>
    <message>
        <source>møte %1</source>
        <translation>møte %1</translation>
    </message>
    <message>
        <source>telefon %1</source>
        <translation>telefon %1</translation>
    </message>
</context>
<context>
    <name>journal_documents</name>
    <message>
        <source>%1 notat</source>
        <translation>%1 notat</translation>
    </message>
    <message>
        <source>%1 notater</source>
        <translation>%1 notat</translation>
    </message>
</context>
<context>
    <name>journal_extract_pdf</name>
    <message>
        <source>%1 Ikke signert.</source>
        <translation>%1 Ikkje signert.</translation>
    </message>
    <message>
        <source>%1 Signert av %2 %3.</source>
        <translation>%1 Signert av %2 %3.</translation>
    </message>
    <message>
        <source>%1 kl. %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>%1 signert journalnotat, eldste først</source>
        <translation>%1 signert journalnotat, eldste først</translation>
    </message>
    <message>
        <source>%1 signerte journalnotater, eldste først</source>
        <translation>%1 signerte journalnotat, eldste først</translation>
    </message>
    <message>
        <source>%1 usignerte utkast er ikke med. Signer utkastene og skriv ut på nytt for å få dem med.</source>
        <translation>%1 usignerte utkast er ikkje med. Signer utkasta og skriv ut på nytt for å få dei med.</translation>
    </message>
    <message>
        <source>%1: skrevet og signert av %2 %3</source>
        <translation>%1: skrive og signert av %2 %3</translation>
    </message>
    <message>
        <source>%1; %2 med tillegg (retting).</source>
        <translation>%1; %2 med tillegg (retting).</translation>
    </message>
    <message>
        <source>, født %1</source>
        <translation>, fødd %1</translation>
    </message>
    <message>
        <source>1 usignert utkast er ikke med. Signer utkastet og skriv ut på nytt for å få det med.</source>
        <translation>1 usignert utkast er ikkje med. Signer utkastet og skriv ut på nytt for å få det med.</translation>
    </message>
    <message>
        <source>Ingen signerte journalnotater i perioden.</source>
        <translation>Ingen signerte journalnotat i perioden.</translation>
    </message>
    <message>
        <source>Ingen usignerte utkast i perioden.</source>
        <translation>Ingen usignerte utkast i perioden.</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Innhald</translation>
    </message>
    <message>
        <source>Journalutdrag</source>
        <translation>Journalutdrag</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Skrevet av %1 %2.</source>
        <translation>Skrive av %1 %2.</translation>
    </message>
    <message>
        <source>Tjenestemottaker</source>
        <translation>Tenestemottakar</translation>
    </message>
    <message>
        <source>Utelatt</source>
        <translation>Utelate</translation>
    </message>
</context>
<context>
    <name>meeting_documents</name>
    <message>
        <source> (utkast)</source>
        <translation> (utkast)</translation>
    </message>
    <message>
        <source>, versjon %1</source>
        <translation>, versjon %1</translation>
    </message>
    <message>
        <source>ingen mottakere</source>
        <translation>ingen mottakarar</translation>
    </message>
</context>
<context>
    <name>minutes_pdf</name>
    <message>
        <source>%1 %2 kl. %3</source>
        <translation>%1 %2 kl. %3</translation>
    </message>
    <message>
        <source>AVLYST: møtet %1 blir ikke holdt.</source>
        <translation>AVLYST: møtet %1 blir ikkje halde.</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Dette ble avtalt:</source>
        <translation>Dette vart avtalt:</translation>
    </message>
    <message>
        <source>Fravær</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Grunn</source>
        <translation>Grunn</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Ikke avtalt</source>
        <translation>Ikkje avtalt</translation>
    </message>
    <message>
        <source>Ikke oppgitt</source>
        <translation>Ikkje oppgitt</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Lukket %1</source>
        <translation>Lukka %1</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Neste møte</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <source>Oppgaver: hvem gjør hva innen når</source>
        <translation>Oppgåver: kven gjer kva innan når</translation>
    </message>
    <message>
        <source>Referatet sendes til</source>
        <translation>Referatet blir sendt til</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Rettet versjon %1. Erstatter versjon %2, som er tatt vare på. Rettet: %3</source>
        <translation>Retta versjon %1. Erstattar versjon %2, som er teken vare på. Retta: %3</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sak %1: %2</source>
        <translation>Sak %1: %2</translation>
    </message>
    <message>
        <source>Saker</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <source>Tjenestemottaker</source>
        <translation>Tenestemottakar</translation>
    </message>
    <message>
        <source>Virksomhet</source>
        <translation>Verksemd</translation>
    </message>
    <message>
        <source>Åpen</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>%1 %2, </source>
        <translation>%1 %2, </translation>
    </message>
    <message>
        <source>%1: ikke godkjent</source>
        <translation>%1: ikkje godkjend</translation>
    </message>
    <message>
        <source>%1: møtet blir ikke holdt</source>
        <translation>%1: møtet blir ikkje halde</translation>
    </message>
    <message>
        <source>, født %1</source>
        <translation>, fødd %1</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revisjon</translation>
    </message>
    <message>
        <source>Side %1 av %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Unntatt offentlighet</source>
        <translation>Unnateke offentlegheit</translation>
    </message>
    <message>
        <source>Versjon</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>skrevet ut %1</source>
        <translation>skrive ut %1</translation>
    </message>
</context>
<context>
    <name>person_documents</name>
    <message>
        <source>%1 (alt som er registrert)</source>
        <translation>%1 (alt som er registrert)</translation>
    </message>
    <message>
        <source>%1, %2 oppføringer</source>
        <translation>%1, %2 oppføringar</translation>
    </message>
</context>
<context>
    <name>plan_changes</name>
    <message>
        <source>%1, mål: %2</source>
        <translation>%1, mål: %2</translation>
    </message>
    <message>
        <source>%1, mål: fra %2 til %3</source>
        <translation>%1, mål: frå %2 til %3</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1 med %2</source>
        <translation>%1 med %2</translation>
    </message>
    <message>
        <source>%1, ansvarlig</source>
        <translation>%1, ansvarleg</translation>
    </message>
    <message>
        <source>%1, hva</source>
        <translation>%1, kva</translation>
    </message>
    <message>
        <source>%1, omfang</source>
        <translation>%1, omfang</translation>
    </message>
    <message>
        <source>%1, slutt</source>
        <translation>%1, slutt</translation>
    </message>
    <message>
        <source>%1, start</source>
        <translation>%1, start</translation>
    </message>
    <message>
        <source>%1, status</source>
        <translation>%1, status</translation>
    </message>
    <message>
        <source>%1: fra %2 til %3</source>
        <translation>%1: frå %2 til %3</translation>
    </message>
    <message>
        <source>Behov for tjenester</source>
        <translation>Behov for tenester</translation>
    </message>
    <message>
        <source>Dato for valget</source>
        <translation>Dato for valet</translation>
    </message>
    <message>
        <source>Deltar ikke lenger: %1</source>
        <translation>Deltek ikkje lenger: %1</translation>
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
        <source>Gjennomføring</source>
        <translation>Gjennomføring</translation>
    </message>
    <message>
        <source>Koordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Livsområde for %1</source>
        <translation>Livsområde for %1</translation>
    </message>
    <message>
        <source>Mål avsluttet %1: %2</source>
        <translation>Mål avslutta %1: %2</translation>
    </message>
    <message>
        <source>Mål endret</source>
        <translation>Mål endra</translation>
    </message>
    <message>
        <source>Neste revisjon</source>
        <translation>Neste revisjon</translation>
    </message>
    <message>
        <source>Ny deltaker: %1</source>
        <translation>Ny deltakar: %1</translation>
    </message>
    <message>
        <source>Ny evaluering %1</source>
        <translation>Ny evaluering %1</translation>
    </message>
    <message>
        <source>Nytt mål (%1): %2</source>
        <translation>Nytt mål (%1): %2</translation>
    </message>
    <message>
        <source>Nytt samtykke: %1, gitt %2</source>
        <translation>Nytt samtykke: %1, gitt %2</translation>
    </message>
    <message>
        <source>Nytt tiltak: %1 (ansvarlig: %2)</source>
        <translation>Nytt tiltak: %1 (ansvarleg: %2)</translation>
    </message>
    <message>
        <source>Planen ble opprettet.</source>
        <translation>Planen vart oppretta.</translation>
    </message>
    <message>
        <source>Planen gjelder fra</source>
        <translation>Planen gjeld frå</translation>
    </message>
    <message>
        <source>Planen gjelder til</source>
        <translation>Planen gjeld til</translation>
    </message>
    <message>
        <source>Pårørende</source>
        <translation>Pårørande</translation>
    </message>
    <message>
        <source>Pårørende involveres</source>
        <translation>Pårørande blir involverte</translation>
    </message>
    <message>
        <source>Ressurser</source>
        <translation>Ressursar</translation>
    </message>
    <message>
        <source>Ring kveld, natt og helg</source>
        <translation>Ring kveld, natt og helg</translation>
    </message>
    <message>
        <source>Ring på dagtid</source>
        <translation>Ring på dagtid</translation>
    </message>
    <message>
        <source>Samarbeid</source>
        <translation>Samarbeid</translation>
    </message>
    <message>
        <source>Samtykke endret: %1</source>
        <translation>Samtykke endra: %1</translation>
    </message>
    <message>
        <source>Samtykke fjernet: %1</source>
        <translation>Samtykke fjerna: %1</translation>
    </message>
    <message>
        <source>Slik vil jeg bli møtt</source>
        <translation>Slik vil eg bli møtt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tidlige tegn</source>
        <translation>Tidlege teikn</translation>
    </message>
    <message>
        <source>Tjenestemottaker</source>
        <translation>Tenestemottakar</translation>
    </message>
    <message>
        <source>Tjenestemottakerens valg</source>
        <translation>Valet til tenestemottakaren</translation>
    </message>
    <message>
        <source>Tjenestene</source>
        <translation>Tenestene</translation>
    </message>
    <message>
        <source>Vedtak og valg</source>
        <translation>Vedtak og val</translation>
    </message>
    <message>
        <source>Vedtak, referanse</source>
        <translation>Vedtak, referanse</translation>
    </message>
    <message>
        <source>Vedtaksdato</source>
        <translation>Vedtaksdato</translation>
    </message>
    <message>
        <source>tomt</source>
        <translation>tomt</translation>
    </message>
</context>
<context>
    <name>plan_pdf</name>
    <message>
        <source>– Tiltak: %1 (%2)</source>
        <translation>– Tiltak: %1 (%2)</translation>
    </message>
    <message>
        <source>Tiltak uten mål: %1</source>
        <translation>Tiltak utan mål: %1</translation>
    </message>
    <message>
        <source>Aktivt</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Avsluttet %1</source>
        <translation>Avslutta %1</translation>
    </message>
    <message>
        <source>Behov for tjenester</source>
        <translation>Behov for tenester</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Evaluering %1</source>
        <translation>Evaluering %1</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Gitt</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <source>Godkjenning og underskrift</source>
        <translation>Godkjenning og underskrift</translation>
    </message>
    <message>
        <source>Hva kan deles</source>
        <translation>Kva kan delast</translation>
    </message>
    <message>
        <source>Ikke registrert</source>
        <translation>Ikkje registrert</translation>
    </message>
    <message>
        <source>Ikke satt</source>
        <translation>Ikkje sett</translation>
    </message>
    <message>
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Koordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Livsområde</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Mål (med tjenestemottakerens ord)</source>
        <translation>Mål (med orda til tenestemottakaren)</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Neste revisjon</source>
        <translation>Neste revisjon</translation>
    </message>
    <message>
        <source>Omfang</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Planen gjelder fra</source>
        <translation>Planen gjeld frå</translation>
    </message>
    <message>
        <source>Planen gjelder til</source>
        <translation>Planen gjeld til</translation>
    </message>
    <message>
        <source>Pårørende</source>
        <translation>Pårørande</translation>
    </message>
    <message>
        <source>Ressurser</source>
        <translation>Ressursar</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Signert skjema</source>
        <translation>Signert skjema</translation>
    </message>
    <message>
        <source>Slutt</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Til den avsluttes</source>
        <translation>Til han blir avslutta</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Tjenestemottaker</source>
        <translation>Tenestemottakar</translation>
    </message>
    <message>
        <source>Tjenestemottakeren</source>
        <translation>Tenestemottakaren</translation>
    </message>
    <message>
        <source>Tjenestemottakerens valg</source>
        <translation>Valet til tenestemottakaren</translation>
    </message>
    <message>
        <source>Tjenestene</source>
        <translation>Tenestene</translation>
    </message>
    <message>
        <source>Utløper</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>Vedtak og valg</source>
        <translation>Vedtak og val</translation>
    </message>
    <message>
        <source>Vedtak om individuell plan</source>
        <translation>Vedtak om individuell plan</translation>
    </message>
    <message>
        <source>Vedtakets referanse</source>
        <translation>Referansen til vedtaket</translation>
    </message>
    <message>
        <source>Vi har laget planen sammen og er enige om den.</source>
        <translation>Vi har laga planen saman og er samde om han.</translation>
    </message>
    <message>
        <source>Videre</source>
        <translation>Vidare</translation>
    </message>
    <message>
        <source>Virksomhet</source>
        <translation>Verksemd</translation>
    </message>
</context>
<context>
    <name>record_copy_pdf</name>
    <message>
        <source> %1 usignerte utkast er ikke med (de er ikke en del av journalen ennå).</source>
        <translation> %1 usignerte utkast er ikkje med (dei er ikkje ein del av journalen enno).</translation>
    </message>
    <message>
        <source> (nærmeste)</source>
        <translation> (nærmaste)</translation>
    </message>
    <message>
        <source> 1 usignert utkast er ikke med (det er ikke en del av journalen ennå).</source>
        <translation> 1 usignert utkast er ikkje med (det er ikkje ein del av journalen enno).</translation>
    </message>
    <message>
        <source>%1 kl. %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>%1 signerte journalnotater, eldste først, med tillegg (retting) under notatet.</source>
        <translation>%1 signerte journalnotat, eldste først, med tillegg (retting) under notatet.</translation>
    </message>
    <message>
        <source>, født %1</source>
        <translation>, fødd %1</translation>
    </message>
    <message>
        <source>1 signert journalnotat, med tillegg (retting) under notatet.</source>
        <translation>1 signert journalnotat, med tillegg (retting) under notatet.</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Ansvarsgruppe</source>
        <translation>Ansvarsgruppe</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Fjernet fra listen %1</source>
        <translation>Fjerna frå lista %1</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Fødselsdato</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Gitt</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <source>Har mindreårige barn</source>
        <translation>Har mindreårige barn</translation>
    </message>
    <message>
        <source>Hastegrad</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <source>Henvendelser</source>
        <translation>Førespurnader</translation>
    </message>
    <message>
        <source>Hva kan deles</source>
        <translation>Kva kan delast</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Hvem har sett journalen</source>
        <translation>Kven har sett journalen</translation>
    </message>
    <message>
        <source>Ikke besluttet</source>
        <translation>Ikkje avgjort</translation>
    </message>
    <message>
        <source>Ikke kontakt uten samtykke</source>
        <translation>Ikkje kontakt utan samtykke</translation>
    </message>
    <message>
        <source>Ikke satt</source>
        <translation>Ikkje sett</translation>
    </message>
    <message>
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Ingen registrert.</source>
        <translation>Ingen registrerte.</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Innhald</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Lagret</source>
        <translation>Lagra</translation>
    </message>
    <message>
        <source>Lavterskelhjelp</source>
        <translation>Lågterskelhjelp</translation>
    </message>
    <message>
        <source>Medlem</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Medlemmer</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Mottatt</source>
        <translation>Motteke</translation>
    </message>
    <message>
        <source>Målform</source>
        <translation>Målform</translation>
    </message>
    <message>
        <source>Møte %1: %2</source>
        <translation>Møte %1: %2</translation>
    </message>
    <message>
        <source>Møter</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Møter og referater</source>
        <translation>Møte og referat</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Oppstart</source>
        <translation>Oppstart</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Personalia</source>
        <translation>Personalia</translation>
    </message>
    <message>
        <source>Pårørende</source>
        <translation>Pårørande</translation>
    </message>
    <message>
        <source>Registrert</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Relasjon</source>
        <translation>Relasjon</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revisjon</translation>
    </message>
    <message>
        <source>Revisjoner</source>
        <translation>Revisjonar</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Samarbeidspartnere</source>
        <translation>Samarbeidspartnarar</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation>Samtykkjer</translation>
    </message>
    <message>
        <source>Skjema mottatt</source>
        <translation>Skjema motteke</translation>
    </message>
    <message>
        <source>Skrevet ut av</source>
        <translation>Skrive ut av</translation>
    </message>
    <message>
        <source>Slik når du personen</source>
        <translation>Slik når du personen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sted: %1. Ikke holdt ennå.</source>
        <translation>Stad: %1. Ikkje halde enno.</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Timer/uke</source>
        <translation>Timar/veke</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Tjenestemottaker</source>
        <translation>Tenestemottakar</translation>
    </message>
    <message>
        <source>Tjenestestart</source>
        <translation>Tenestestart</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Utløper</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation>Varigheit</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Vedtatt</source>
        <translation>Vedteke</translation>
    </message>
    <message>
        <source>Virksomhet</source>
        <translation>Verksemd</translation>
    </message>
    <message>
        <source>hver %1. uke</source>
        <translation>kvar %1. veke</translation>
    </message>
    <message>
        <source>ikke fast</source>
        <translation>ikkje fast</translation>
    </message>
    <message>
        <source>ikke satt</source>
        <translation>ikkje sett</translation>
    </message>
    <message>
        <source>inntil videre</source>
        <translation>inntil vidare</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>mindreårig barn</source>
        <translation>mindreårig barn</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>nå</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <source>Navn: %1</source>
        <translation>Namn: %1</translation>
    </message>
    <message>
        <source>Sted og dato: %1</source>
        <translation>Stad og dato: %1</translation>
    </message>
    <message>
        <source>Underskrift</source>
        <translation>Underskrift</translation>
    </message>
</context>
</TS>
