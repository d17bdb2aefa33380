<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Nynorsk for the labels and fixed texts of domain/ (context "domain"), read by the window (ui/texts.domain_text) and by the printed documents (words.py). -->
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>domain</name>
    <message>
        <source>1. Mål, ressurser og behov</source>
        <translation>1. Mål, ressursar og behov</translation>
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
        <source>4. Hva tjenestemottakeren, tjenestene og pårørende bidrar med</source>
        <translation>4. Kva tenestemottakaren, tenestene og pårørande bidreg med</translation>
    </message>
    <message>
        <source>5. Tiltak</source>
        <translation>5. Tiltak</translation>
    </message>
    <message>
        <source>6. Slik skal tiltakene gjennomføres</source>
        <translation>6. Slik skal tiltaka gjennomførast</translation>
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
        <source>Aktivisering og dagtilbud</source>
        <translation>Aktivisering og dagtilbod</translation>
    </message>
    <message>
        <source>Aktivitet, arbeid og utdanning</source>
        <translation>Aktivitet, arbeid og utdanning</translation>
    </message>
    <message>
        <source>Alvorlig</source>
        <translation>Alvorleg</translation>
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
        <source>Delvis nådd</source>
        <translation>Delvis nådd</translation>
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
        <source>Etternavn</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Evalueringer</source>
        <translation>Evalueringar</translation>
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
        <source>Fjernet pårørende (tatt vare på)</source>
        <translation>Fjerna pårørande (teke vare på)</translation>
    </message>
    <message>
        <source>Fjernet samarbeidspartner (tatt vare på)</source>
        <translation>Fjerna samarbeidspartnar (teke vare på)</translation>
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
        <source>Fortrolig adresse</source>
        <translation>Fortruleg adresse</translation>
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
        <source>Gjenåpnet</source>
        <translation>Opna igjen</translation>
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
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Ingen kontakt på lenge</source>
        <translation>Ingen kontakt på lenge</translation>
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
        <source>Kontaktperson NAV</source>
        <translation>Kontaktperson NAV</translation>
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
        <source>Låste referatet (skrevet ut eller sendt)</source>
        <translation>Låste referatet (skrive ut eller sendt)</translation>
    </message>
    <message>
        <source>Mangler samtykke til planen</source>
        <translation>Manglar samtykke til planen</translation>
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
        <source>Møtet mangler referat</source>
        <translation>Møtet manglar referat</translation>
    </message>
    <message>
        <source>NAV-veileder</source>
        <translation>NAV-rettleiar</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
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
        <source>Oppfølging fra tidligere møter</source>
        <translation>Oppfølging frå tidlegare møte</translation>
    </message>
    <message>
        <source>Oppfølgingsoppgave over frist</source>
        <translation>Oppfølgingsoppgåve over frist</translation>
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
        <source>Postnummer</source>
        <translation>Postnummer</translation>
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
        <source>Skal revideres</source>
        <translation>Skal reviderast</translation>
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
        <source>Slettet utkast til journalnotat (aldri signert)</source>
        <translation>Sletta utkast til journalnotat (aldri signert)</translation>
    </message>
    <message>
        <source>Slik når du personen</source>
        <translation>Slik når du personen</translation>
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
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Telefon 2</source>
        <translation>Telefon 2</translation>
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
        <source>Tjenestemottaker</source>
        <translation>Tenestemottakar</translation>
    </message>
    <message>
        <source>Tjenestestart</source>
        <translation>Tenestestart</translation>
    </message>
    <message>
        <source>Trukket</source>
        <translation>Trekt</translation>
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
        <source>Utlevert</source>
        <translation>Utlevert</translation>
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
        <source>en som hjelper meg i hverdagen</source>
        <translation>ein som hjelper meg i kvardagen</translation>
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
        <source>ja-svar</source>
        <translation>ja-svar</translation>
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
        <source>møte med dem som hjelper meg</source>
        <translation>møte med dei som hjelper meg</translation>
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
