"""Everyday Norwegian words for suggested passphrases: four drawn at random from these
(over 600) give about 10^11 possibilities, even to someone who knows the list."""

# One long string keeps the list readable; split into words once, at import.
_TEXT = """
abbor agat agurk aker akevitt alke alpe ambolt ananas ankel anker antenne apotek appelsin
aprikos arkiv arm asfalt aske asp atlas avis bakke bakst balkong ball bamse banan bank bark
barn basar base basseng batteri bekk belte benk berg bever bille binders biskop bjelle bjørk
bjørn blad blekk blokk blomst blyant blåbær bobil bok boks bokser bolig bolle bonbon bonde bord
borg brakke brann bratt bre brems brett brille bro brosje brudd brus brygge bryllup brød bukett
bukk bunad bunke busk buss byge bygg båt bølge bøtte dal dame damp dans datter deig dekk
deltaker demning diamant dikt disk dokke drage dram drikke drivved drue due dugnad dukke dyne
dyr dør eik eikenøtt eiker ekorn elg elgtråkk elv emalje ende eng engel eple erle esel eske
fabrikk fakkel falk fangarm fangst farge fasan fat fe fele ferie fiken fil film fiol fisk fjell
fjord fjær flagg flaske flate flue flyger flåte fløyte fole fontene fork forte fot frosk fugl
fyr fyrstikk fyrtårn fårikål gaffel gardin garn gate gaupe gave geit gevir gitar gjedde gjerde
gjest glass glassverk glede gnist gods golf gondol gran gress grevling grind grotte gruve gryte
grøt gul gulrot gummi gutt gås hage hake hakke halm hammer hane hanske harpe harv hatt hauk hav
havre heis hekk helle hermelin hest hinder hjort hjul hoggorm honning hoppe horn hule humle
hund hus husker hval hveps hvete hyse hytte høst iglo ilder is isbre jakke jarl jeger jern jerv
jolle jord jul jungel kabel kaffe kai kake kaktus kalv kamel kamin kanal kanel kanin kano kant
kappe karamell kart kasse kastanje katt kavring kenguru kikkert kirke kirsebær kiste kjeks
kjele klokke kloss klubbe knapp kniv knott kobbe kobber kokk kolle komet kompass konfekt kopp
korall korg kork korn kosthold krabbe kran krans kratt kreps kringle krok krone krukke krydder
kryss kule kupong kurv kveite kvern kyst kåpe lakk laks lampe land lanterne lapskaus last lava
ledning lefse leire lemen lerke lilje linjal linse list livbøye loff lokk lokomotiv lomme lompe
lue lund lykt lyng lyre løk løve madrass mais makrell malm mandel mark marmor marsipan marsvin
maske mast matte meis melk melon messing mikrofon mil miljø mink minne mjød mose motor mugge
mus mynt måke måne møll mølle nabo nattugle nebb neper nese neshorn nett nisse nord not nål
nøkkel oase odde okse oksygen olje orm ost oter padde pakke palett palme panne papegøye papir
park pastill pepper perle pil pingvin pinne pinnsvin pipe plank plen plog plomme pokal polar
ponni pose post potet potte pudder pumpe pute pære pølse rabarbra radio rake rakett rakke ravn
regn reinsdyr rev ribbe rips robåt rogn rorbu rose rosemaling rosin rubin rug ruin rull rute
ryggsekk rype rør sadel safir sag saks sal salat salme salt sand sardin sau seil sekk sel selje
seng sikori sild silke sirkus sirup sitron sjokolade sjø skap skatt ski skilpadde skip skjell
skjold skjorte sko skog skorstein skrin skrue skute sky slange slede slott sluse smykke smør
snegl snekker snø snøfnugg sofa sokk sol solsikke sommer spade speider speil spiker spurv
stabel stake stall stearin stein stjerne stol stork storm strand strikk stråle strøm stue
sukker sukkerbit svane sveis sykkel sylte syrin søm tak tallerken tang tann tape teater tegning
telt termos tiger timian tinn tiur tobis tog tomat topp torden torsk traktor trapp tre trikk
troll trompet trost tråd trøffel tue tulipan tunnel turbin tusj tyttebær tømmer ubåt ugle ull
ur urt vaffel valnøtt vals vann vannkanne vant varde vase ved veiskille veksthus veps verksted
vest vifte vik vimpel vindu vinranke vinter viol violin vippe vogn vott vulkan yoghurt åker åre
ås ærfugl øks ørn ørret østers
"""
WORDS: tuple[str, ...] = tuple(sorted(set(_TEXT.split())))
