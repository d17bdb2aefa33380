"""Invented names, places and partner services for the synthetic demo data."""

from ...domain.records import NurseProfile

FEMALE = (
    "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg",
    "Hilde", "Anna", "Solveig", "Marianne", "Randi", "Ida", "Nina", "Maria", "Elisabeth",
    "Kristin", "Silje", "Ingeborg", "Tone", "Hanne", "Ragnhild", "Åse", "Sigrid", "Gro",
    "Turid", "Mette", "Nora", "Emma", "Sofie", "Thea", "Ingvild", "Tove", "Wenche", "Aase",
    "Grethe", "Synnøve", "Torill", "Siri", "Line", "Camilla", "Malin", "Maja", "Julie",
    "Vilde", "Jorunn", "Bodil", "Målfrid", "Gunnhild", "Øydis", "Aashild",
)  # fmt: skip
MALE = (
    "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Hans", "Geir",
    "Thomas", "Tor", "Martin", "Jon", "Terje", "Odd", "Rune", "Trond", "Anders", "Espen",
    "Øyvind", "Håkon", "Jørgen", "Morten", "Magnus", "Erik", "Ståle", "Åge", "Asbjørn",
    "Aksel", "Even", "Sindre", "Jens", "Kristian", "Ola", "Petter", "Stein", "Tore", "Ivar",
    "Nils", "Harald", "Sverre", "Gunnar", "Halvor", "Eirik", "Jørn", "Aasmund", "Sigurd",
    "Emil", "Fredrik", "Kåre", "Øystein", "Aage",
)  # fmt: skip
LAST = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jakobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen",
    "Lund", "Sørensen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen",
    "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Mathisen", "Lie", "Amundsen",
    "Rasmussen", "Lunde", "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Holm", "Lien",
    "Hauge", "Sæther", "Aas", "Myhre", "Haugland", "Thomassen", "Sivertsen", "Sandvik",
    "Rønning", "Næss", "Vik", "Haug", "Birkeland", "Ruud", "Aasen", "Ødegård", "Øvrebø",
    "Bråthen", "Haaland", "Aune", "Tveit", "Østby", "Løken", "Grønli", "Aamodt", "Aarseth",
    "Skåre", "Fjellstad", "Sætre", "Kvåle", "Håland", "Bjørnstad", "Nguyen", "Ali",
)  # fmt: skip
STREETS = (
    "Storgata", "Kirkeveien", "Fjordveien", "Skolebakken", "Havnegata", "Myrveien",
    "Solbakken", "Bjørkelia", "Granveien", "Åsveien", "Øvre Strandvei", "Nedre Bryggeveg",
    "Sjøgata", "Prestegårdsveien", "Elvebakken", "Lensmannsvegen", "Furulia", "Tunvegen",
    "Kvernhusvegen", "Aasveien",
)  # fmt: skip
PLACES = (
    ("8401", "Testvik"), ("8402", "Testvik"), ("8405", "Testvik"), ("8410", "Fjordby"),
    ("8412", "Nordstrand"), ("8415", "Øvre Dal"), ("8420", "Aasvika"),
)  # fmt: skip
CLOSED_REASONS = (
    "Mål nådd, avsluttet etter avtale.", "Flyttet fra kommunen.",
    "Ønsket ikke videre oppfølging.", "Overført til spesialisthelsetjenesten.",
    "Oppfølging overtatt av fastlege.",
)  # fmt: skip
REACH_NOTES = (
    "Ring etter kl. 10.", "Svarer ikke på ukjent nummer: send SMS først.",
    "Hund i huset, ring før besøk.", "Foretrekker møte på kontoret.",
    "Bruk inngangen på baksiden.",
)  # fmt: skip
# (name, kind, phone, address) of the invented address book; people are added per kind.
ORGANISATIONS = (
    ("Testvik legekontor", "Fastlegekontor", "71 40 10 00", "Storgata 12"),
    ("Fjordby legesenter", "Fastlegekontor", "71 41 20 00", "Sjøgata 3"),
    ("NAV Testvik", "NAV", "55 55 33 33", "Storgata 20"),
    ("DPS Fjordby", "DPS", "71 42 30 00", "Sykehusvegen 5"),
    ("BUP Fjordby", "BUP", "71 42 31 00", "Sykehusvegen 5"),
    ("Fjordby interkommunale legevakt", "Legevakt", "116 117", "Sykehusvegen 1"),
    ("Hjemmesykepleien Testvik", "Hjemmesykepleien", "71 40 11 50", "Kirkeveien 8"),
    ("Barneverntjenesten Testvik", "Barnevern", "71 40 12 00", "Rådhusplassen 1"),
    ("PPT Testvik og Fjordby", "PPT", "71 40 12 50", "Skolebakken 2"),
    ("Skolehelsetjenesten Testvik", "Skolehelsetjenesten", "71 40 13 00", "Skolebakken 4"),
    ("Politiet i Testvik", "Politi", "02800", "Storgata 30"),
    ("Testvik frivilligsentral", "Frivilligsentral", "71 40 14 00", "Havnegata 7"),
    ("Tildelingskontoret Testvik kommune", "Kommunen", "71 40 10 50", "Rådhusplassen 1"),
    ("Fjordby brukerforening", "Annen", "71 41 22 22", "Sjøgata 9"),
)  # fmt: skip
STAFF_ROLES = {
    "Fastlegekontor": ("Fastlege",), "NAV": ("Veileder", "Saksbehandler"),
    "DPS": ("Psykolog", "Overlege", "Psykiatrisk sykepleier"), "BUP": ("Psykolog",),
    "Hjemmesykepleien": ("Sykepleier", "Avdelingsleder"), "Kommunen": ("Saksbehandler",),
    "Barnevern": ("Saksbehandler",), "Frivilligsentral": ("Daglig leder",),
}  # fmt: skip
LINK_KINDS = {
    "Kontaktperson NAV": ("NAV",), "Behandler DPS": ("DPS",),
    "Primærkontakt hjemmesykepleien": ("Hjemmesykepleien",),
    "Saksbehandler": ("NAV", "Kommunen", "Barnevern"), "Miljøterapeut": ("Kommunen", "DPS"),
    "Annen": ("Frivilligsentral", "Annen", "BUP", "PPT", "Skolehelsetjenesten", "Legevakt"),
}  # fmt: skip

# The invented nurse of every demo record.
DEMO_PROFILE = NurseProfile("Demo Sykepleier", "Psykiatrisk sykepleier", "Demovik kommune")
