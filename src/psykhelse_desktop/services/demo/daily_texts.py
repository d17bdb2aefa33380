"""Invented text for the demo journal, requests and low-threshold help: no real person, ever.

Place names with æ, ø, å and "aa" (Øvrebø, Åsen, Haaland) are here on purpose, so the demo
shows how the journal search folds Norwegian letters.
"""

from __future__ import annotations

TOPICS = (
    "søvn og døgnrytme", "angst på butikken", "økonomi og regninger fra NAV",
    "ensomhet i helgene", "forholdet til søsteren på Øvrebø", "arbeidstrening på gården i Åsen",
    "medisiner og bivirkninger",
    "stemmer som plager om kvelden", "bekymring for barna", "rusbruk siste uke",
    "flytting til leilighet i Haaland-bygget", "tur langs sjøen på Ørnes", "kosthold og vekt",
    "fastlegetime og blodprøver", "konflikt med naboen", "å komme seg ut av sengen om morgenen",
)  # fmt: skip
ASSESSMENTS = (
    "Virker roligere enn sist, god kontakt i samtalen.",
    "Noe mer urolig, sover dårlig. Ingen tegn til fare for liv.",
    "Stabil. Har klart avtalene sine siden sist.",
    "Trist og sliten, men tar imot hjelp. Vurderer ikke selvmordsfare som økt.",
    "Bedre struktur i hverdagen. Mer aktiv enn i vår.",
    "Ruset ved oppmøte. Kort samtale, ny avtale satt.",
    "Forteller om færre angstanfall. Bruker pusteøvelsene.",
)
INFORMATION = (
    "Informert om legevakt 116 117 ved forverring utenom dagtid.",
    "Samtykker til at fastlegen orienteres om samtalen.",
    "Ga skriftlig informasjon om søvnhygiene.",
    "Samtykker til kontakt med NAV om arbeidstrening.",
    "Ønsker ikke at pårørende kontaktes nå; respektert.",
)
PLANS = (
    "Ny samtale om to uker.",
    "Hjemmebesøk neste uke.",
    "Ringer på fredag for å høre hvordan det går.",
    "Tar opp økonomien i neste møte i ansvarsgruppen.",
    "Følger til fastlegen torsdag.",
    "Ny time avtales på telefon.",
)
HOME = (
    "Ryddig i leiligheten, har handlet inn mat.",
    "Mye oppvask og lite mat i kjøleskapet.",
    "Katten var syk; det preget samtalen.",
    "Sønnen var hjemme og hilste.",
)
PHONE = (
    "Ringte selv fordi søvnen hadde vært dårlig.",
    "Ringte for å flytte timen.",
    "Jeg ringte for å følge opp etter forrige samtale.",
    "Ringte fra bussen; ville bare høre en kjent stemme.",
)
MEDICATION = (
    "Depotinjeksjon gitt i høyre sete. Ingen reaksjon.",
    "Ukedosett fylt og kontrollert sammen med brukeren.",
    "LAR-medisin utlevert etter avtale. Ingen merknader.",
)
GROUPS = (
    "Mestringsgruppa om stress og søvn: fire deltakere.",
    "Turgruppa gikk til Åsen-vannet. God stemning.",
)
NOT_MET = (
    "Ringt to ganger uten svar. Sendt SMS om ny time.",
    "Ikke hjemme ved avtalt besøk. Lagt igjen lapp i postkassen.",
    "Ringt, svarte ikke. Prøver igjen i morgen.",
)
ADDENDA = (
    "Retting: samtalen var på Ørnes helsestasjon, ikke på kontoret. Resten stemmer.",
    "Tillegg: fastlegen ble orientert samme dag, etter samtykke.",
    "Retting: varigheten var 30 minutter, ikke 45.",
    "Tillegg: brukeren ringte etterpå og bekreftet ny time.",
)
REQUEST_FROM = (
    "Fastlege", "NAV Testvik", "DPS Fjordby", "Personen selv", "Pårørende", "Hjemmesykepleien",
    "Legevakt", "Helsestasjon for ungdom", "Barnevernstjenesten",
)  # fmt: skip
REQUEST_NOTES = (
    "Ønsker samtaler om angst og søvn.",
    "Spør om hjelp til struktur i hverdagen etter utskriving fra DPS.",
    "Bekymring fra fastlegen for økende rusbruk.",
    "Trenger oppfølging av depotmedisin.",
    "Ung voksen som har sluttet på skolen, ønsker noen å snakke med.",
)
LOW_THRESHOLD_NOTES = (
    "Ung voksen, eksamensstress. Én samtale, råd om søvn og pauser.",
    "Pårørende ringte og spurte hvordan familien best kan hjelpe.",
    "Drop-in: mann i 50-årene, sorg etter dødsfall. Tilbudt ny samtale.",
    "Telefon fra kvinne som lurte på hva kommunen kan tilby.",
    "Kort samtale på kafeen på frivilligsentralen.",
    "",
)
DECISION_NOTES = (
    "Evalueres i samarbeid med brukeren.",
    "Gjelder også følge til fastlege ved behov.",
    "",
)
