"""Deterministic synthetic news articles about attacks, for the throughput benchmark.

`generate(n, seed)` returns `n` distinct wire-style reports of about `target_tokens` tokens each:
a dateline and lead with casualty figures (digits or words, with or without "at least" /
"more than"), details, official and witness quotes, revised tolls, claims or denials, an earlier
attack, and background paragraphs that pad each article to its length. Same `seed`, same texts.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

TARGET_TOKENS = 600
TOKEN = re.compile(r"\w+|[^\w\s]")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTH_ABBR = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
              "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


@dataclass(frozen=True)
class Group:
    """An armed group (or state force) with the facts the templates mention."""

    name: str
    short: str
    described: str
    channel: str
    state: bool = False
    the: bool = False

    @property
    def ref(self) -> str:
        """The name as the subject of a sentence ("the ADF", "Islamic State")."""
        return f"the {self.name}" if self.the else self.name


GROUPS: dict[str, Group] = {
    "shabaab": Group("al-Shabaab", "al-Shabaab", "the al Qaeda-linked Islamist militant group",
                     "in a broadcast on its Andalus radio station"),
    "is": Group("Islamic State", "Islamic State", "the jihadist group",
                "in a statement carried by its Amaq news agency"),
    "iskp": Group("Islamic State Khorasan Province", "ISKP",
                  "the regional affiliate of Islamic State",
                  "in a statement carried by its Amaq news agency", the=True),
    "boko": Group("Boko Haram", "Boko Haram", "the jihadist group that launched an insurgency "
                  "in 2009", "in a video circulated on social media"),
    "iswap": Group("Islamic State West Africa Province", "ISWAP",
                   "the Boko Haram splinter group allied to Islamic State",
                   "in a statement carried by Amaq news agency"),
    "ttp": Group("Tehrik-i-Taliban Pakistan", "TTP", "the Pakistani Taliban",
                 "in a message sent to reporters"),
    "bla": Group("Balochistan Liberation Army", "BLA", "the separatist militant group",
                 "in a statement emailed to journalists", the=True),
    "jnim": Group("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM",
                  "al Qaeda's affiliate in the Sahel",
                  "in a statement from its az-Zallaqa media outlet"),
    "issahel": Group("Islamic State Sahel Province", "Islamic State Sahel",
                     "the Islamic State affiliate active in the tri-border area",
                     "in a statement carried by Amaq news agency", the=True),
    "adf": Group("Allied Democratic Forces", "ADF",
                 "the Ugandan-rooted rebel group that pledged allegiance to Islamic State",
                 "in a statement carried by Amaq news agency", the=True),
    "m23": Group("M23", "M23", "the Rwanda-backed rebel movement", "in a post on X"),
    "ismoz": Group("Islamic State Mozambique Province", "Islamic State Mozambique",
                   "the insurgents known locally as al-Shabaab",
                   "in a statement carried by Amaq news agency", the=True),
    "russia": Group("Russian forces", "Russia", "Russian troops on the east bank of the Dnipro",
                    "at a defence ministry briefing", state=True),
    "gang": Group("a drug trafficking gang", "the gang", "one of the gangs fighting over the "
                  "city's drug trade", ""),
}


@dataclass(frozen=True)
class City:
    """A real city with its country, region and the groups and attack kinds seen there."""

    name: str
    country: str
    region: str
    groups: tuple[str, ...]
    kinds: tuple[str, ...]
    names: str
    hospital: str


CITIES: list[City] = [
    City("Kabul", "Afghanistan", "Kabul province", ("iskp",),
         ("bombing", "shooting", "kidnapping"), "afghan", "the Emergency surgical hospital"),
    City("Jalalabad", "Afghanistan", "Nangarhar province", ("iskp",),
         ("bombing", "shooting"), "afghan", "the Nangarhar regional hospital"),
    City("Mogadishu", "Somalia", "Banadir region", ("shabaab",),
         ("bombing", "shooting", "kidnapping"), "somali", "Madina hospital"),
    City("Beledweyne", "Somalia", "Hiiraan region", ("shabaab",),
         ("bombing", "shooting"), "somali", "Beledweyne general hospital"),
    City("Kismayo", "Somalia", "Lower Juba region", ("shabaab",),
         ("bombing", "shooting", "airstrike"), "somali", "Kismayo general hospital"),
    City("Maiduguri", "Nigeria", "Borno State", ("boko", "iswap"),
         ("bombing", "shooting", "kidnapping"), "nigerian", "the University of Maiduguri "
         "Teaching Hospital"),
    City("Damaturu", "Nigeria", "Yobe State", ("boko", "iswap"),
         ("bombing", "shooting", "kidnapping"), "nigerian", "the Yobe State Specialist Hospital"),
    City("Quetta", "Pakistan", "Balochistan province", ("bla", "ttp"),
         ("bombing", "shooting", "kidnapping"), "pakistani", "the Civil Hospital in Quetta"),
    City("Peshawar", "Pakistan", "Khyber Pakhtunkhwa province", ("ttp",),
         ("bombing", "shooting"), "pakistani", "Lady Reading Hospital"),
    City("Karachi", "Pakistan", "Sindh province", ("bla", "ttp"),
         ("bombing", "shooting"), "pakistani", "Jinnah Postgraduate Medical Centre"),
    City("Baghdad", "Iraq", "Baghdad governorate", ("is",),
         ("bombing", "shooting"), "arab", "al-Kindi hospital"),
    City("Mosul", "Iraq", "Nineveh province", ("is",),
         ("bombing", "shooting", "kidnapping"), "arab", "al-Jumhuri hospital"),
    City("Deir ez-Zor", "Syria", "Deir ez-Zor province", ("is",),
         ("bombing", "shooting", "airstrike"), "arab", "the city's military hospital"),
    City("Bamako", "Mali", "the Bamako district", ("jnim",),
         ("bombing", "shooting", "kidnapping"), "sahel", "Gabriel Toure hospital"),
    City("Mopti", "Mali", "the Mopti region", ("jnim", "issahel"),
         ("bombing", "shooting", "kidnapping", "airstrike"), "sahel", "Sominé Dolo hospital"),
    City("Ouagadougou", "Burkina Faso", "the Centre region", ("jnim", "issahel"),
         ("bombing", "shooting"), "sahel", "Yalgado Ouedraogo hospital"),
    City("Djibo", "Burkina Faso", "the Sahel region", ("jnim", "issahel"),
         ("shooting", "kidnapping", "airstrike"), "sahel", "the Djibo health centre"),
    City("Niamey", "Niger", "the Niamey region", ("issahel", "jnim"),
         ("bombing", "shooting"), "sahel", "the Niamey national hospital"),
    City("Diffa", "Niger", "the Diffa region", ("boko", "iswap"),
         ("shooting", "kidnapping", "bombing"), "sahel", "the Diffa regional hospital"),
    City("Goma", "Democratic Republic of Congo", "North Kivu province", ("m23",),
         ("shooting", "bombing", "airstrike"), "congolese", "the CBCA Ndosho hospital"),
    City("Beni", "Democratic Republic of Congo", "North Kivu province", ("adf",),
         ("shooting", "kidnapping", "stabbing"), "congolese", "the Beni general hospital"),
    City("Bunia", "Democratic Republic of Congo", "Ituri province", ("adf",),
         ("shooting", "kidnapping"), "congolese", "the Bunia general hospital"),
    City("Pemba", "Mozambique", "Cabo Delgado province", ("ismoz",),
         ("shooting", "kidnapping", "stabbing"), "mozambican", "the Pemba provincial hospital"),
    City("Kherson", "Ukraine", "the Kherson region", ("russia",),
         ("airstrike",), "ukrainian", "the Kherson regional hospital"),
    City("Kharkiv", "Ukraine", "the Kharkiv region", ("russia",),
         ("airstrike",), "ukrainian", "Kharkiv's emergency hospital"),
    City("Zaporizhzhia", "Ukraine", "the Zaporizhzhia region", ("russia",),
         ("airstrike",), "ukrainian", "the city's regional hospital"),
    City("Marseille", "France", "Bouches-du-Rhône", ("gang",),
         ("shooting", "stabbing"), "french", "La Timone hospital"),
    City("Lyon", "France", "the Rhône department", ("gang",),
         ("stabbing", "shooting"), "french", "Edouard Herriot hospital"),
]

NAMES: dict[str, tuple[list[str], list[str]]] = {
    "afghan": (["Abdul", "Mohammad", "Ahmad", "Zabiullah", "Nasir", "Hamid", "Khalid", "Farid",
                "Rahmatullah", "Wahid"],
               ["Rahimi", "Noori", "Sultani", "Ahmadzai", "Karimi", "Hashimi", "Wardak",
                "Stanikzai", "Amiri", "Haqparast"]),
    "somali": (["Abdi", "Hassan", "Mohamed", "Ahmed", "Ali", "Farhan", "Abdirahman", "Yusuf",
                "Ibrahim", "Osman"],
               ["Aden", "Warsame", "Farah", "Hussein", "Nur", "Abdullahi", "Omar", "Isse",
                "Gedi", "Dahir"]),
    "nigerian": (["Babagana", "Usman", "Abubakar", "Bulama", "Modu", "Ibrahim", "Musa", "Aliyu",
                  "Kachalla", "Zanna"],
                 ["Umara", "Kolo", "Gana", "Bukar", "Lawan", "Mustapha", "Goni", "Shettima",
                  "Tijani", "Mohammed"]),
    "pakistani": (["Imran", "Saeed", "Tariq", "Naveed", "Aslam", "Faisal", "Qadir", "Jan",
                   "Shahid", "Zahid"],
                  ["Khan", "Baloch", "Hussain", "Akhtar", "Shah", "Mengal", "Afridi", "Yousafzai",
                   "Raisani", "Marri"]),
    "arab": (["Ahmed", "Saad", "Hussein", "Ali", "Mahmoud", "Khalil", "Haider", "Mustafa",
              "Omar", "Karim"],
             ["al-Jubouri", "al-Obeidi", "Hassan", "al-Dulaimi", "Saleh", "al-Tamimi", "Jassim",
              "al-Shammari", "Kadhim", "al-Zubaidi"]),
    "sahel": (["Amadou", "Moussa", "Boubacar", "Issa", "Oumar", "Souleymane", "Hamidou",
               "Abdoulaye", "Seydou", "Idrissa"],
              ["Traoré", "Diallo", "Maïga", "Cissé", "Ouedraogo", "Sawadogo", "Touré", "Coulibaly",
               "Sidibé", "Kaboré"]),
    "congolese": (["Jean-Pierre", "Patrick", "Joseph", "Kambale", "Muhindo", "Emmanuel",
                   "Christophe", "Grace", "Désiré", "Innocent"],
                  ["Kasereka", "Paluku", "Mumbere", "Kahindo", "Mbusa", "Lwanzo", "Bahati",
                   "Musubao", "Kakule", "Ngongo"]),
    "mozambican": (["Armando", "Joaquim", "Abdul", "Carlos", "Sérgio", "Momade", "Valige",
                    "Francisco", "Bernardo", "Tomás"],
                   ["Cossa", "Momade", "Tauabo", "Nhaca", "Macuácua", "Sitoe", "Chissano",
                    "Bacar", "Muando", "Langa"]),
    "ukrainian": (["Oleksandr", "Roman", "Ihor", "Oleh", "Yuriy", "Andriy", "Serhiy", "Ivan",
                   "Vadym", "Mykola"],
                  ["Prokudin", "Mrochko", "Kovalenko", "Syniehubov", "Terekhov", "Shevchenko",
                   "Fedorov", "Bondarenko", "Tkachenko", "Melnyk"]),
    "french": (["Jean", "Pierre", "Nicolas", "Frédéric", "Laurent", "Sophie", "Benoît",
                "Stéphane", "Karim", "Nathalie"],
               ["Martin", "Bernard", "Dupont", "Moreau", "Lefebvre", "Garcia", "Rousseau",
                "Fontaine", "Mercier", "Benali"]),
}

AGENCIES = ["Sahel Wire", "Horn Desk", "Frontier Press", "World Wire", "Global Dispatch",
            "Newsline", "Continental News", "Eastern Bureau"]

# (indefinite phrase, definite short form, the people there, target kind)
VENUES: dict[str, list[tuple[str, str, str]]] = {
    "bombing": [
        ("a crowded market", "the market", "shoppers"),
        ("a mosque during Friday prayers", "the mosque", "worshippers"),
        ("a police checkpoint", "the checkpoint", "police officers"),
        ("a hotel popular with government officials", "the hotel", "guests"),
        ("a bus station", "the bus station", "passengers"),
        ("a military recruitment centre", "the centre", "recruits"),
        ("a busy restaurant", "the restaurant", "diners"),
        ("a wedding party", "the wedding", "guests"),
        ("a government compound", "the compound", "civil servants"),
        ("a camp for displaced people", "the camp", "displaced people"),
    ],
    "shooting": [
        ("a village market", "the market", "traders"),
        ("a police station", "the station", "police officers"),
        ("a church during Sunday service", "the church", "worshippers"),
        ("an army outpost", "the outpost", "soldiers"),
        ("a bar", "the bar", "customers"),
        ("a passenger bus", "the bus", "passengers"),
        ("a mining site", "the site", "miners"),
        ("a farming village", "the village", "villagers"),
        ("a housing estate", "the estate", "residents"),
    ],
    "kidnapping": [
        ("a boarding school", "the school", "students"),
        ("a highway", "the highway", "travellers"),
        ("a village", "the village", "villagers"),
        ("a construction site", "the site", "workers"),
        ("a camp for displaced people", "the camp", "displaced people"),
        ("a farm", "the farm", "farmers"),
    ],
    "airstrike": [
        ("a residential building", "the building", "residents"),
        ("a busy bus stop", "the bus stop", "commuters"),
        ("a supermarket", "the supermarket", "shoppers"),
        ("a humanitarian aid distribution point", "the distribution point", "civilians"),
        ("a market", "the market", "traders"),
        ("a village", "the village", "villagers"),
        ("a railway station", "the station", "passengers"),
    ],
    "stabbing": [
        ("a tram stop", "the tram stop", "commuters"),
        ("a school", "the school", "pupils"),
        ("a church", "the church", "worshippers"),
        ("a shopping street", "the street", "passers-by"),
        ("a market", "the market", "shoppers"),
        ("a bus", "the bus", "passengers"),
    ],
}

DAY_PARTS = ["", " morning", " afternoon", " evening", " night"]


def number_words(n: int) -> str:
    """English words for 0 <= n < 100; digits above."""
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (f"-{ONES[ones]}" if ones else "")
    return str(n)


def cap(text: str) -> str:
    """The text with its first letter upper-cased."""
    return text[:1].upper() + text[1:]


def approx_tokens(text: str) -> int:
    """A cheap token count close to spaCy's (words and punctuation marks)."""
    return len(TOKEN.findall(text))


@dataclass
class Article:
    """A generated news report with the provenance fields of a polybius Document."""

    text: str
    title: str
    url: str
    source: str
    published: datetime


class _Writer:
    """Writes one article from a random state; each public method returns paragraphs."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.city = rng.choice(CITIES)
        self.kind = rng.choice(self.city.kinds)
        self.group = GROUPS[rng.choice(self.city.groups)]
        self.venue, self.venue_the, self.people = rng.choice(VENUES[self.kind])
        self.agency = rng.choice(AGENCIES)
        start = datetime(2022, 1, 1, tzinfo=UTC)
        self.published = start + timedelta(days=rng.randrange(0, 3 * 365),
                                           hours=rng.randrange(5, 23), minutes=rng.randrange(60))
        self.event = self.published - timedelta(days=rng.choice([0, 1, 1, 1, 2]))
        self.day = self._day_phrase()
        killed_range = {"bombing": (3, 90), "shooting": (2, 45), "airstrike": (2, 40),
                        "stabbing": (1, 5), "kidnapping": (0, 6)}[self.kind]
        self.killed = rng.randint(*killed_range)
        self.wounded = rng.randint(0, 4 * max(self.killed, 3))
        self.hostages = rng.randint(4, 300) if self.kind == "kidnapping" else 0
        self.revised = self.killed + rng.randint(1, max(2, self.killed // 2)) \
            if self.kind != "kidnapping" and rng.random() < 0.55 else 0

    # -- small helpers ---------------------------------------------------------------------
    def person(self) -> str:
        """A plausible full name for the city's region."""
        first, last = NAMES[self.city.names]
        return f"{self.rng.choice(first)} {self.rng.choice(last)}"

    def num(self, n: int, *, words_below: int = 11) -> str:
        """`n` in digits or words, the way wire copy mixes them."""
        if n < words_below and self.rng.random() < 0.85:
            return number_words(n)
        if n < 100 and self.rng.random() < 0.12:
            return number_words(n)
        return str(n)

    def qty(self, n: int) -> str:
        """`n` with an optional qualifier ("at least 12", "more than twenty")."""
        qual = self.rng.choices(["", "at least ", "more than ", "about ", "nearly "],
                                weights=[45, 30, 10, 8, 7])[0]
        if qual == "more than " and n > 10:
            n = n - n % 5 or n
        return qual + self.num(n)

    def _day_phrase(self) -> str:
        """'on Monday', 'on Tuesday night', or 'late on Sunday' relative to publication."""
        weekday = WEEKDAYS[self.event.weekday()]
        part = self.rng.choice(DAY_PARTS)
        if part == " night" and self.rng.random() < 0.3:
            return f"late on {weekday}"
        return f"on {weekday}{part}"

    def subject(self) -> str:
        """An official as the subject before 'said' (appositives closed with a comma)."""
        who = self.official()
        return f"{who}," if ", " in who else who

    def official(self) -> str:
        """A named or anonymous official suited to the country."""
        c = self.city
        roles = [
            f"{self.person()}, a spokesman for the {c.region} police",
            f"{c.region.removeprefix('the ')} police chief {self.person()}",
            f"{self.person()}, the governor of {c.region.removeprefix('the ')}",
            f"an interior ministry spokesman, {self.person()}",
            "a senior security official who asked not to be named",
            f"{self.person()}, a local government official",
            f"{self.person()}, a doctor at {c.hospital}",
        ]
        if c.country == "Ukraine":
            roles += [f"regional governor {self.person()}",
                      f"{self.person()}, head of the {c.name} military administration"]
        if c.country == "France":
            roles += [f"the {c.name} prosecutor, {self.person()}",
                      f"interior minister spokesperson {self.person()}"]
        return self.rng.choice(roles)

    # -- paragraphs ------------------------------------------------------------------------
    def dateline(self) -> str:
        """'KABUL, March 4 (World Wire) - ' in one of a few house styles."""
        m, d = self.published.month - 1, self.published.day
        city = self.city.name.upper()
        return self.rng.choice([
            f"{city}, {MONTH_ABBR[m]} {d} ({self.agency}) - ",
            f"{city}, {MONTHS[m]} {d} — ",
            f"{city} ({self.agency}) — ",
            "",
        ])

    def lead(self) -> str:
        """The first sentence: who did what where, and how many were killed and wounded."""
        r, c, g = self.rng, self.city, self.group
        killed, wounded = self.qty(self.killed), self.qty(self.wounded)
        said = r.choice(["officials said", "police said", "a security official said",
                         "local authorities said", "witnesses and officials said"])
        where = f"in {c.name}" if r.random() < 0.7 else f"on the outskirts of {c.name}"
        if self.kind == "bombing":
            return r.choice([
                f"A suicide bomber blew himself up at {self.venue} {where} {self.day}, "
                f"killing {killed} people and wounding {wounded}, {said}.",
                f"A car bomb exploded outside {self.venue} {where} {self.day}, killing "
                f"{killed} people and wounding {wounded} others, {said}.",
                f"At least {self.num(self.killed)} people were killed and {self.num(self.wounded)}"
                f" wounded when a bomb went off at {self.venue} {where} {self.day}, {said}.",
                f"A roadside bomb struck a vehicle near {self.venue} {where} {self.day}, killing "
                f"{killed} people, {said}.",
            ])
        if self.kind == "shooting":
            return r.choice([
                f"Gunmen opened fire on {self.venue} {where} {self.day}, killing {killed} "
                f"people and wounding {wounded}, {said}.",
                f"Armed men stormed {self.venue} {where} {self.day} and shot dead {killed} "
                f"{self.people}, {said}.",
                f"{cap(killed)} people were shot dead and {wounded} were wounded in an attack on "
                f"{self.venue} {where} {self.day}, {said}.",
            ])
        if self.kind == "kidnapping":
            hostages = self.qty(self.hostages)
            dead = f", killing {self.num(self.killed)} guards" if self.killed else ""
            return r.choice([
                f"Gunmen abducted {hostages} {self.people} from {self.venue} near {c.name} "
                f"{self.day}{dead}, {said}.",
                f"Suspected {g.short} fighters kidnapped {hostages} {self.people} in a raid on "
                f"{self.venue} in {c.region} {self.day}{dead}, {said}.",
                f"{cap(hostages)} {self.people} were seized by armed men who attacked "
                f"{self.venue} outside {c.name} {self.day}, {said}.",
            ])
        if self.kind == "airstrike":
            weapon = r.choice(["An airstrike", "A drone strike", "A missile strike",
                               "Guided aerial bombs"])
            if g.state:
                weapon = r.choice(["A Russian missile", "A Russian drone", "A Russian airstrike",
                                   "Russian guided bombs"])
            verb = "struck" if weapon.startswith("A") else "hit"
            return r.choice([
                f"{weapon} {verb} {self.venue} in {c.name} {self.day}, killing {killed} "
                f"civilians and wounding {wounded}, {said}.",
                f"{cap(killed)} people, including {self.num(r.randint(1, 4))} children, were "
                f"killed when {weapon.lower()} {verb} {self.venue} in {c.name} {self.day}, "
                f"{said}.",
            ])
        return r.choice([
            f"A man armed with a knife attacked {self.people} at {self.venue} {where} "
            f"{self.day}, killing {killed} and wounding {wounded} before he was arrested, {said}.",
            f"{cap(killed)} people were stabbed to death and {wounded} injured in a knife attack "
            f"at {self.venue} {where} {self.day}, {said}.",
            f"An attacker wielding a kitchen knife stabbed {self.people} at {self.venue} {where} "
            f"{self.day}, killing {killed}, before police shot and wounded him, {said}.",
        ])

    def details(self) -> str:
        """How the attack unfolded."""
        r = self.rng
        minutes = self.num(r.choice([10, 15, 20, 30, 40, 45]), words_below=0)
        n_attackers = r.randint(1, 12)
        options = {
            "bombing": [
                f"The blast tore through {self.venue_the} when it was packed with {self.people}, "
                f"and set several nearby vehicles on fire. "
                f"Ambulances took the wounded to {self.city.hospital}.",
                f"Witnesses said the explosion could be heard across {self.city.name} and a column "
                f"of black smoke rose over {self.venue_the}. Security forces sealed off the area "
                f"for about {minutes} minutes before rescuers were allowed in.",
            ],
            "shooting": [
                f"The {self.num(n_attackers)} attackers arrived on motorcycles and fired on "
                f"{self.people} for about {minutes} minutes before fleeing into the bush, "
                f"residents said.",
                f"Security forces exchanged fire with the gunmen for nearly an hour, and "
                f"{self.num(r.randint(1, 4))} of the attackers were killed, the army said.",
            ],
            "kidnapping": [
                f"The gunmen, some of them in military uniform, arrived in {self.num(r.randint(3, 9))} "
                f"pickup trucks and rounded up {self.people} before driving off into the forest, "
                f"a resident said.",
                f"Security forces and local vigilantes were searching the area for the abducted "
                f"{self.people}, and {self.num(r.randint(2, 12))} of them had escaped and returned "
                f"home by {WEEKDAYS[(self.event.weekday() + 1) % 7]}, officials said.",
            ],
            "airstrike": [
                f"Rescue workers pulled {self.num(r.randint(2, 15))} people from the rubble of "
                f"{self.venue_the}, and the search for survivors continued through the night.",
                "The strike left a crater several metres wide and shattered windows in buildings "
                "hundreds of metres away, according to photographs released by emergency "
                "services.",
            ],
            "stabbing": [
                f"The suspect, a {r.randint(19, 54)}-year-old man, was detained at the scene and "
                f"taken into custody, and investigators were trying to establish his motive.",
                f"Passers-by tried to stop the attacker, who fled on foot and was arrested about "
                f"{minutes} minutes later in a nearby street, police said.",
            ],
        }
        return " ".join(r.sample(options[self.kind], k=r.randint(1, 2)))

    def quote(self) -> str:
        """An official's quotation."""
        r = self.rng
        text = r.choice([
            "We condemn this cowardly attack on innocent people, and those responsible will be "
            "brought to justice",
            "The security forces responded quickly, but the attackers had chosen a moment when "
            "the area was crowded",
            f"Most of the victims were {self.people}, and several of the wounded are in a "
            f"critical condition",
            "The number of dead could rise because many of the wounded have serious injuries",
            "We have launched an investigation and reinforced security across the city",
            "Our teams are still at the scene and we are asking people to stay away from the area",
        ])
        verb = r.choice(["said", "told reporters", "said in a statement", "told"])
        if verb == "told":
            verb = f"told {self.agency}"
        return f"\"{text},\" {self.subject()} {verb}."

    def toll(self) -> str:
        """A revised toll, or a hospital update when the toll did not change."""
        r = self.rng
        if self.revised:
            died = self.revised - self.killed
            return r.choice([
                f"The death toll later rose to {self.num(self.revised)} after "
                f"{self.num(died)} of the wounded died in hospital, {self.subject()} said. "
                f"Officials had earlier put the number of dead at {self.num(self.killed)}.",
                f"By {WEEKDAYS[(self.event.weekday() + 1) % 7]} evening the number of dead had "
                f"risen to {self.qty(self.revised)}, according to {self.official()}.",
            ])
        treated = r.randint(1, max(2, self.wounded))
        lead = cap(number_words(treated)) if treated < 100 else f"A total of {treated}"
        return (f"{lead} people were still being treated at {self.city.hospital}"
                f", {self.num(r.randint(0, min(treated, 5)))} of them in a critical condition, "
                f"a hospital official said.")

    def claim(self) -> str:
        """A claim of responsibility, a denial, or no claim with a suspect."""
        r, g = self.rng, self.group
        if g.state:
            return r.choice([
                f"Russia's defence ministry said its forces had struck a \"temporary deployment "
                f"point\" of Ukrainian troops in {self.city.name}. Ukrainian officials said the "
                f"target was civilian and there were no soldiers in the area.",
                f"Moscow denies deliberately targeting civilians. The Russian embassy did not "
                f"respond to a request for comment on the strike in {self.city.name}.",
            ])
        if g.name.startswith("a drug"):
            return (f"Investigators believe the attack was linked to {g.name}, "
                    f"{g.described}, prosecutors said. No arrests had been made by {self.agency}'s "
                    f"deadline.")
        roll = r.random()
        if roll < 0.45:
            return (f"{cap(g.ref)} claimed responsibility for the attack {g.channel}, saying its "
                    f"fighters had targeted {self.venue_the}.")
        if roll < 0.65:
            return (f"{cap(g.ref)}, {g.described}, denied any involvement in the attack and accused "
                    f"the authorities of trying to discredit it.")
        return (f"No group immediately claimed responsibility, but suspicion fell on {g.ref}, "
                f"{g.described}, which has carried out similar attacks in {self.city.region}.")

    def witness(self) -> str:
        """A witness's account."""
        r = self.rng
        said = r.choice(["a witness said", "said a trader who was nearby",
                         "a resident told reporters"])
        line = r.choice([
            "I heard a huge noise and then there was smoke and people screaming everywhere",
            "We ran into the houses and hid until the shooting stopped",
            "My brother was among the wounded. We took him to hospital in a taxi",
            "There were bodies on the ground and nobody came to help for a long time",
        ])
        name = self.person()
        if r.random() < 0.5:
            return f"\"{line},\" {said}."
        return f"\"{line},\" said {name}, who lives near {self.venue_the}."

    def earlier(self) -> str:
        """A sentence about an earlier attack elsewhere in the country."""
        r = self.rng
        others = [c for c in CITIES if c.country == self.city.country and c is not self.city]
        where = r.choice(others).name if others else self.city.name
        month = MONTHS[r.randrange(12)]
        kind = r.choice(["bombing", "shooting", "airstrike"]
                        if self.group.state is False else ["airstrike"])
        venue = r.choice(VENUES[kind])[0]
        return (f"In {month}, a similar attack on {venue} in {where} killed "
                f"{self.qty(r.randint(3, 60))} people and wounded {self.num(r.randint(5, 120))}.")

    def background(self) -> list[str]:
        """Background paragraphs in random order, used to pad to the target length."""
        r, c, g = self.rng, self.city, self.group
        year = self.published.year
        pct = r.randint(10, 60)
        after = WEEKDAYS[(self.event.weekday() + 1) % 7]
        occasion = r.choice(["a planned visit by the president", "a religious festival",
                             "local elections", "a regional security summit",
                             "the start of the school year"])
        paras = [
            f"Violence has displaced more than {r.randint(2, 30) * 100_000:,} people in "
            f"{c.country} in recent years, according to the United Nations, and aid agencies "
            f"say funding for their operations covers less than {pct} percent of needs.",
            f"{c.region.removeprefix('the ')} has been among the areas worst hit by the "
            f"conflict. Schools and health centres have closed in several districts, and many "
            f"farmers have abandoned their fields because it is too dangerous to work them.",
            f"The government has repeatedly said that the insurgency is in decline, but analysts "
            f"note that attacks have become more frequent since {year - r.randint(1, 3)}.",
            f"Security has deteriorated around {c.name} over the past year, residents say, with "
            f"checkpoints on the main roads and a curfew in some neighbourhoods after dark.",
            f"{cap(g.ref)}, {g.described}, is thought to have between "
            f"{r.randint(1, 9) * 1000:,} and {r.randint(10, 20) * 1000:,} fighters, though "
            f"such figures are difficult to verify.",
            f"International partners have pledged to support {c.country}'s security forces with "
            f"training and equipment, and a donor conference in {MONTHS[r.randrange(12)]} raised "
            f"about ${r.randint(50, 900)} million for reconstruction.",
            "Human rights groups have called for independent investigations into attacks on "
            "civilians, saying that those responsible are rarely prosecuted and that victims' "
            "families receive little support.",
            f"Local journalists say their work has become more dangerous, and several reporters "
            f"have been threatened or detained while covering the violence in {c.region}.",
            f"The attack came days before {occasion}, and officials said security would be "
            f"stepped up across the country.",
            f"Prices of food and fuel have risen sharply in {c.name} this year, adding to the "
            f"hardship of families already affected by the fighting. The World Food Programme "
            f"says about {r.randint(2, 12)} million people in {c.country} face acute hunger.",
            f"Traders in {c.name} said business had slowed since the attack, with many people "
            f"afraid to visit crowded places. \"Everyone is afraid,\" said one shopkeeper, who "
            f"gave only his first name.",
            "Opposition politicians criticised the government's handling of security and "
            "called on the interior minister to resign, a demand the government rejected.",
            "The United Nations Secretary-General condemned the attack and called on all parties "
            "to respect international humanitarian law and protect civilians.",
            "Analysts say the group has exploited local grievances over land, jobs and "
            "corruption to recruit young men, and that military operations alone are unlikely "
            "to end the violence.",
            f"Roads in and out of {c.name} were reopened on {after} afternoon, "
            f"but police remained deployed around markets, mosques, churches and government "
            f"buildings.",
            f"Funerals for some of the victims were held on {after}, attended "
            f"by hundreds of mourners. Relatives said many of the dead were the only breadwinners "
            f"of their families.",
        ]
        r.shuffle(paras)
        return paras

    def tail(self) -> str:
        """The wire-service credit line, sometimes."""
        if self.rng.random() < 0.4:
            return (f"(Reporting by {self.person()}; additional reporting by {self.person()}; "
                    f"editing by {self.rng.choice(['Alex Richardson', 'Gareth Jones', 'Ed Osmond'])})")
        return ""

    def title(self) -> str:
        """A headline."""
        n = self.revised or self.killed
        if self.kind == "kidnapping":
            return f"Gunmen abduct {self.hostages} {self.people} near {self.city.name}"
        noun = {"bombing": "Bomb attack", "shooting": "Gunmen", "airstrike": "Strike",
                "stabbing": "Knife attack"}[self.kind]
        return f"{noun} kills {n} in {self.city.name}, {self.city.country}"


def write_article(rng: random.Random, target_tokens: int = TARGET_TOKENS,
                  count: Callable[[str], int] = approx_tokens) -> Article:
    """One article of about `target_tokens` tokens (as measured by `count`)."""
    w = _Writer(rng)
    paras = [w.dateline() + w.lead(), w.details(), w.quote(), w.toll(), w.claim()]
    if rng.random() < 0.6:
        paras.insert(rng.randint(3, len(paras)), w.witness())
    if rng.random() < 0.5:
        paras.append(w.earlier())
    tail = w.tail()
    used = sum(count(p) for p in paras) + count(tail)
    for extra in w.background():
        n = count(extra)
        if used >= target_tokens - 25:
            break
        if used + n <= target_tokens + 35:
            paras.append(extra)
            used += n
    if tail:
        paras.append(tail)
    slug = re.sub(r"[^a-z0-9]+", "-", w.title().lower()).strip("-")
    date = w.published.strftime("%Y/%m/%d")
    return Article(text="\n\n".join(paras), title=w.title(),
                   url=f"https://news.example.org/{date}/{slug}-{rng.randrange(10**6):06d}",
                   source=w.agency, published=w.published)


def generate(n: int, seed: int = 7, target_tokens: int = TARGET_TOKENS) -> list[Article]:
    """`n` distinct articles, the same for the same `seed`."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[Article] = []
    while len(out) < n:
        article = write_article(rng, target_tokens)
        if article.text not in seen:
            seen.add(article.text)
            out.append(article)
    return out


def texts(articles: Sequence[Article]) -> list[str]:
    """The article texts."""
    return [a.text for a in articles]
