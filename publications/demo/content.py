"""The network's publications for the demo site: public facts (titles, years, types), our own words.

Each entry: key (German slug), type, year, title and summary per language, authors, topics, regions,
an event it documents, and its files: (language, kind, pages, paragraphs). The paragraphs fill the
generated PDF; summaries in other languages are short PDFs of their own.
"""

from publications.models import FileKind, PublicationType

IMEG = "Initiativkreis Metropolitane Grenzregionen (IMeG)"
INDEX = {
    "title": {"de": "Veröffentlichungen", "en": "Publications", "fr": "Publications", "nl": "Publicaties"},
    "slug": {"en": "publications", "fr": "publications", "nl": "publicaties"},
    "intro": {
        "de": "Positionspapiere, Stellungnahmen, Studien und Dokumentationen des Initiativkreises zum Herunterladen.",
        "en": "Position papers, statements, studies and documentation of the network to download.",
        "fr": "Prises de position, avis, études et documentations du réseau à télécharger.",
        "nl": "Standpunten, adviezen, studies en documentatie van het netwerk om te downloaden.",
    },
}

GERMAN_BODY = [
    "Metropolitane Grenzregionen verbinden Städte, Arbeitsmärkte und Landschaften über Staatsgrenzen hinweg. "
    "Wer hier lebt, pendelt über die Grenze, kauft auf der anderen Seite ein und nutzt Schulen, Kliniken und "
    "Hochschulen in zwei oder drei Ländern.",
    "Die Planung endet dennoch oft an der Grenze: Daten werden nach nationalen Regeln erhoben, Zuständigkeiten "
    "sind unterschiedlich verteilt, und Förderprogramme denken in nationalen Räumen.",
    "Der Initiativkreis setzt sich dafür ein, dass Bund, Länder und Europäische Union diese Räume als "
    "zusammenhängende Verflechtungsräume wahrnehmen und ihre Politik danach ausrichten.",
    "Grenzüberschreitende Raumbeobachtung liefert dafür die Grundlage: vergleichbare Zahlen zu Bevölkerung, "
    "Wirtschaft, Pendlerströmen und Erreichbarkeit, mit Bezugsjahr und Quelle.",
    "Für die Mobilität heißt das: Schienenverbindungen, Tarife und Fahrpläne müssen über die Grenze hinweg "
    "geplant werden, damit Pendlerinnen und Pendler nicht auf das Auto angewiesen sind.",
]


def paragraphs(language):
    """The running text of a generated PDF in `language`."""
    return {
        "de": GERMAN_BODY,
        "en": [
            "This summary presents the main findings in English. Cross-border spatial monitoring needs comparable "
            "data on population, economy, commuting and accessibility, each with its reference year and source.",
            "The network asks federal, state and European institutions to support joint monitoring systems and to "
            "make their statistics available for cross-border analysis.",
        ],
        "fr": [
            "Ce résumé présente les principaux résultats en français. L'observation territoriale transfrontalière "
            "a besoin de données comparables sur la population, l'économie, les navetteurs et l'accessibilité.",
            "Le réseau demande aux institutions fédérales, régionales et européennes de soutenir des systèmes "
            "d'observation communs et d'ouvrir leurs statistiques à l'analyse transfrontalière.",
        ],
        "nl": [
            "Deze tekst vat de belangrijkste resultaten samen. Grensoverschrijdende ruimtelijke monitoring vraagt "
            "om vergelijkbare gegevens over bevolking, economie, pendelstromen en bereikbaarheid.",
        ],
    }[language]


PUBLICATIONS = [
    {
        "key": "metropolitane-grenzregionen-abschlussbericht-2011",
        "type": PublicationType.STUDY,
        "year": 2011,
        "title": {
            "de": "Metropolitane Grenzregionen",
            "en": "Metropolitan border regions",
            "fr": "Régions métropolitaines transfrontalières",
            "nl": "Metropolitane grensregio's",
        },
        "summary": {
            "de": "Der Abschlussbericht des Modellvorhabens MORO güV beschreibt, wie deutsche Grenzregionen mit ihren "
            "Nachbarn zu metropolitanen Verflechtungsräumen zusammenwachsen, und empfiehlt, sie in der "
            "Raumordnung als eigene Raumkategorie zu behandeln.",
            "en": "The final report of the MORO güV pilot project shows how German border regions grow together "
            "with their neighbours and recommends treating them as a spatial category of their own.",
            "fr": "Le rapport final du projet pilote MORO güV montre comment les régions frontalières allemandes "
            "s'intègrent avec leurs voisins et recommande d'en faire une catégorie territoriale à part entière.",
            "nl": "Het eindrapport van het modelproject MORO güV laat zien hoe Duitse grensregio's met hun buren "
            "samengroeien en beveelt aan ze als eigen ruimtelijke categorie te behandelen.",
        },
        "authors": [IMEG, "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)"],
        "topics": ["eu-politik", "raumbeobachtung"],
        "regions": ["euregio-maas-rhein", "grossregion", "trinationale-metropolregion-oberrhein", "bodenseeregion"],
        "files": [("de", FileKind.FULL_TEXT, 128)],
    },
    {
        "key": "luxemburger-thesen-2012",
        "type": PublicationType.POSITION_PAPER,
        "year": 2012,
        "title": {
            "de": "Luxemburger Thesen „Im Netzwerk handeln“",
            "en": "Luxembourg theses “Acting as a network”",
            "fr": "Thèses de Luxembourg « Agir en réseau »",
            "nl": "Luxemburgse stellingen „Handelen als netwerk“",
        },
        "summary": {
            "de": "In zehn Thesen beschreibt der Initiativkreis, wie Grenzregionen gemeinsam handeln können: mit "
            "festen Partnerschaften, gemeinsamen Daten und einer Stimme gegenüber Bund und EU.",
            "en": "Ten theses on how border regions can act together: with lasting partnerships, shared data and "
            "one voice towards the federal government and the EU.",
            "fr": "Dix thèses sur la manière dont les régions frontalières peuvent agir ensemble : partenariats "
            "durables, données partagées et une seule voix face à l'État fédéral et à l'UE.",
            "nl": "Tien stellingen over hoe grensregio's samen kunnen optreden: met vaste partnerschappen, gedeelde "
            "gegevens en één stem richting de Bondsregering en de EU.",
        },
        "authors": [IMEG],
        "topics": ["eu-politik"],
        "regions": ["grossregion"],
        "event": "konferenz-luxemburg",
        "files": [("de", FileKind.FULL_TEXT, 8)],
    },
    {
        "key": "metropolitane-grenzregionen-in-europa-dokumentation-2012",
        "type": PublicationType.DOCUMENTATION,
        "year": 2012,
        "title": {
            "de": "Metropolitane Grenzregionen in Europa",
            "en": "Metropolitan border regions in Europe",
            "fr": "Régions métropolitaines transfrontalières en Europe",
            "nl": "Metropolitane grensregio's in Europa",
        },
        "summary": {
            "de": "Die Dokumentation der europäischen Konferenz in Luxemburg hält Vorträge, Diskussionen und "
            "Ergebnisse der Arbeitsgruppen fest, in deutscher, französischer und englischer Fassung.",
            "en": "The documentation of the European conference in Luxembourg records talks, debates and the "
            "results of the working groups, in German, French and English.",
            "fr": "La documentation de la conférence européenne de Luxembourg réunit exposés, débats et résultats "
            "des ateliers, en allemand, en français et en anglais.",
            "nl": "De documentatie van de Europese conferentie in Luxemburg bevat lezingen, discussies en de "
            "resultaten van de werkgroepen, in het Duits, Frans en Engels.",
        },
        "authors": [IMEG],
        "topics": ["eu-politik"],
        "regions": ["grossregion"],
        "event": "konferenz-luxemburg",
        "files": [("de", FileKind.FULL_TEXT, 24), ("fr", FileKind.FULL_TEXT, 24), ("en", FileKind.FULL_TEXT, 24)],
    },
    {
        "key": "initiativkreis-abschlussbericht-moro-imeg-2013",
        "type": PublicationType.STUDY,
        "year": 2013,
        "title": {
            "de": "Initiativkreis deutscher Regionen in grenzüberschreitenden Verflechtungsräumen",
            "en": "Network of German regions in cross-border functional areas",
            "fr": "Réseau des régions allemandes dans les espaces fonctionnels transfrontaliers",
            "nl": "Netwerk van Duitse regio's in grensoverschrijdende functionele gebieden",
        },
        "summary": {
            "de": "Der Abschlussbericht des Folgeprojekts MORO IMeG zieht Bilanz aus zweieinhalb Jahren "
            "Zusammenarbeit und beschreibt, wie der Initiativkreis dauerhaft arbeiten soll.",
            "en": "The final report of the follow-up project MORO IMeG takes stock of two and a half years of "
            "cooperation and sets out how the network is to work in the long term.",
            "fr": "Le rapport final du projet MORO IMeG dresse le bilan de deux ans et demi de coopération et "
            "décrit le fonctionnement durable du réseau.",
            "nl": "Het eindrapport van het vervolgproject MORO IMeG maakt de balans op van tweeënhalf jaar "
            "samenwerking en beschrijft hoe het netwerk blijvend moet werken.",
        },
        "authors": [IMEG, "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)"],
        "topics": ["eu-politik", "raumbeobachtung"],
        "regions": [],
        "files": [("de", FileKind.FULL_TEXT, 64), ("en", FileKind.FULL_TEXT, 64)],
    },
    {
        "key": "mobilitaet-bundesverkehrswegeplan-2016",
        "type": PublicationType.STATEMENT,
        "year": 2016,
        "title": {
            "de": "Grenzüberschreitende Mobilität und Bundesverkehrswegeplan 2030",
            "en": "Cross-border mobility and the Federal Transport Infrastructure Plan 2030",
            "fr": "Mobilité transfrontalière et plan fédéral des infrastructures de transport 2030",
            "nl": "Grensoverschrijdende mobiliteit en het Bondsverkeerswegenplan 2030",
        },
        "summary": {
            "de": "Die Stellungnahme zum Entwurf des Bundesverkehrswegeplans 2030 fordert, grenzüberschreitende "
            "Schienen- und Straßenverbindungen gleichrangig mit nationalen Projekten zu bewerten.",
            "en": "The statement on the draft Federal Transport Infrastructure Plan 2030 asks for cross-border rail "
            "and road links to be assessed on a par with national projects.",
            "fr": "L'avis sur le projet de plan fédéral 2030 demande d'évaluer les liaisons ferroviaires et "
            "routières transfrontalières au même titre que les projets nationaux.",
            "nl": "Het advies over het ontwerp-Bondsverkeerswegenplan 2030 vraagt grensoverschrijdende spoor- en "
            "wegverbindingen even zwaar te wegen als nationale projecten.",
        },
        "authors": [IMEG],
        "topics": ["mobilitaet"],
        "regions": ["trinationale-metropolregion-oberrhein", "euregio-maas-rhein"],
        "files": [("de", FileKind.FULL_TEXT, 6)],
    },
    {
        "key": "europaeische-grenzueberschreitende-konvention-2017",
        "type": PublicationType.STATEMENT,
        "year": 2017,
        "title": {
            "de": "Europäische grenzüberschreitende Konvention",
            "en": "European Cross-Border Convention",
            "fr": "Convention transfrontalière européenne",
            "nl": "Europese grensoverschrijdende conventie",
        },
        "summary": {
            "de": "Der Initiativkreis unterstützt den Vorschlag einer Europäischen grenzüberschreitenden "
            "Konvention, mit der Regeln eines Nachbarstaats für gemeinsame Projekte gelten könnten.",
            "en": "The network supports the proposal of a European Cross-Border Convention under which the rules "
            "of a neighbouring state could apply to joint projects.",
            "fr": "Le réseau soutient la proposition d'une convention transfrontalière européenne permettant "
            "d'appliquer les règles d'un État voisin à des projets communs.",
            "nl": "Het netwerk steunt het voorstel voor een Europese grensoverschrijdende conventie waarmee regels "
            "van een buurland voor gezamenlijke projecten kunnen gelden.",
        },
        "authors": [IMEG],
        "topics": ["eu-politik"],
        "regions": [],
        "files": [("de", FileKind.FULL_TEXT, 4)],
    },
    {
        "key": "raumbeobachtung-deutschland-angrenzende-regionen-2018",
        "type": PublicationType.POSITION_PAPER,
        "year": 2018,
        "title": {
            "de": "Raumbeobachtung Deutschland und angrenzende Regionen",
            "en": "Spatial monitoring of Germany and its neighbouring regions",
            "fr": "Observation territoriale de l'Allemagne et des régions voisines",
            "nl": "Ruimtelijke monitoring van Duitsland en aangrenzende regio's",
        },
        "summary": {
            "de": "Das Positionspapier fordert eine dauerhafte Raumbeobachtung, die an der Grenze nicht aufhört: "
            "vergleichbare Daten, gemeinsame Karten und eine feste Zuständigkeit bei Bund und Ländern.",
            "en": "The position paper calls for permanent spatial monitoring that does not stop at the border: "
            "comparable data, shared maps and a clear responsibility at federal and state level.",
            "fr": "La prise de position demande une observation territoriale durable qui ne s'arrête pas à la "
            "frontière : données comparables, cartes communes et responsabilités claires.",
            "nl": "Het standpunt vraagt om blijvende ruimtelijke monitoring die niet ophoudt bij de grens: "
            "vergelijkbare gegevens, gedeelde kaarten en een duidelijke verantwoordelijkheid.",
        },
        "authors": [IMEG],
        "topics": ["raumbeobachtung"],
        "regions": ["euregio-maas-rhein", "grossregion", "trinationale-metropolregion-oberrhein", "bodenseeregion"],
        "event": "workshop-raumbeobachtung-karlsruhe",
        "files": [("de", FileKind.FULL_TEXT, 24), ("en", FileKind.SUMMARY, 2), ("fr", FileKind.SUMMARY, 2)],
    },
    {
        "key": "position-ecbm-2019",
        "type": PublicationType.POSITION_PAPER,
        "year": 2019,
        "title": {
            "de": "Position zum Europäischen grenzüberschreitenden Mechanismus (ECBM)",
            "en": "Position on the European Cross-Border Mechanism (ECBM)",
            "fr": "Position sur le mécanisme transfrontalier européen (ECBM)",
            "nl": "Standpunt over het Europese grensoverschrijdende mechanisme (ECBM)",
        },
        "summary": {
            "de": "Der Initiativkreis begrüßt den Verordnungsvorschlag zum ECBM und schlägt vor, wie rechtliche "
            "Hindernisse in Grenzregionen schneller und verbindlich gelöst werden können.",
            "en": "The network welcomes the proposed ECBM regulation and suggests how legal obstacles in border "
            "regions could be resolved faster and with binding effect.",
            "fr": "Le réseau salue la proposition de règlement ECBM et suggère comment lever plus vite et de "
            "manière contraignante les obstacles juridiques dans les régions frontalières.",
            "nl": "Het netwerk verwelkomt het voorstel voor een ECBM-verordening en doet voorstellen om juridische "
            "belemmeringen in grensregio's sneller en bindend op te lossen.",
        },
        "authors": [IMEG],
        "topics": ["eu-politik"],
        "regions": [],
        "files": [("de", FileKind.FULL_TEXT, 12)],
    },
    {
        "key": "grenzregionen-und-pandemie-2022",
        "type": PublicationType.POSITION_PAPER,
        "year": 2022,
        "title": {
            "de": "Grenzregionen in Zeiten der SARS-CoV-2-Pandemie",
            "en": "Border regions in times of the SARS-CoV-2 pandemic",
            "fr": "Les régions frontalières au temps de la pandémie de SARS-CoV-2",
            "nl": "Grensregio's in tijden van de SARS-CoV-2-pandemie",
        },
        "summary": {
            "de": "Geschlossene Grenzen haben Pendler, Betriebe und Familien hart getroffen. Das Positionspapier "
            "„Grenzregionen und Pandemie“ zieht Lehren und fordert Krisenpläne, die Grenzräume mitdenken.",
            "en": "Closed borders hit commuters, businesses and families hard. The paper draws lessons and calls "
            "for crisis plans that take border areas into account.",
            "fr": "La fermeture des frontières a durement touché navetteurs, entreprises et familles. Le document "
            "tire des leçons et demande des plans de crise qui intègrent les espaces frontaliers.",
            "nl": "Gesloten grenzen troffen pendelaars, bedrijven en gezinnen hard. Het standpunt trekt lessen en "
            "vraagt om crisisplannen die met grensgebieden rekening houden.",
        },
        "authors": [IMEG],
        "topics": ["eu-politik", "mobilitaet"],
        "regions": ["grossregion", "bodenseeregion"],
        "event": "workshops-pandemie-online",
        "files": [("de", FileKind.FULL_TEXT, 10)],
    },
    {
        "key": "krisenfestigkeit-von-grenzregionen-2023",
        "type": PublicationType.PRESENTATION,
        "year": 2023,
        "title": {
            "de": "Krisenfestigkeit von Grenzregionen",
            "en": "Crisis resilience of border regions",
            "fr": "Résilience des régions frontalières face aux crises",
            "nl": "Crisisbestendigheid van grensregio's",
        },
        "summary": {
            "de": "Die Folien der IMeG-Sitzung auf der Grenzraumakademie in Berlin zeigen, was Grenzregionen "
            "krisenfest macht: verlässliche Absprachen, offene Grenzen und gemeinsame Daten.",
            "en": "The slides of the IMeG session at the Grenzraumakademie in Berlin show what makes border regions "
            "resilient: reliable arrangements, open borders and shared data.",
            "fr": "Les diapositives de la session de l'IMeG à la Grenzraumakademie de Berlin montrent ce qui rend "
            "les régions frontalières résilientes : accords fiables, frontières ouvertes, données partagées.",
            "nl": "De dia's van de IMeG-sessie op de Grenzraumakademie in Berlijn laten zien wat grensregio's "
            "crisisbestendig maakt: betrouwbare afspraken, open grenzen en gedeelde gegevens.",
        },
        "authors": [IMEG],
        "topics": ["eu-politik"],
        "regions": [],
        "event": "grenzraumakademie-2023",
        "files": [("de", FileKind.FULL_TEXT, 18)],
        "landscape": True,
    },
]
