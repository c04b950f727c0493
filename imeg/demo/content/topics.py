"""The three topics of the network: EU policy, spatial monitoring and mobility."""

from imeg.demo.content import heading, paragraph

EU_POLICY = {
    "key": "eu-politik",
    "slug": {"en": "eu-policy", "fr": "politique-europeenne", "nl": "eu-beleid"},
    "title": {
        "de": "EU-Politik für Grenzregionen",
        "en": "EU policy for border regions",
        "fr": "Politique européenne pour les régions frontalières",
        "nl": "EU-beleid voor grensregio's",
    },
    "image": "eu-politik",
    "intro": {
        "de": "Kohäsionspolitik, Interreg und neue Wege gegen Hindernisse an der Grenze: Europäische Politik "
        "entscheidet mit darüber, wie gut Grenzregionen zusammenwachsen.",
        "en": "Cohesion policy, Interreg and new ways of removing obstacles at the border: European policy helps "
        "decide how well border regions grow together.",
        "fr": "Politique de cohésion, Interreg et nouveaux moyens de lever les obstacles frontaliers : la "
        "politique européenne influe sur la capacité des régions frontalières à se rapprocher.",
        "nl": "Cohesiebeleid, Interreg en nieuwe manieren om belemmeringen aan de grens weg te nemen: Europees "
        "beleid bepaalt mee hoe goed grensregio's naar elkaar toe groeien.",
    },
    "search_description": {
        "de": "Kohäsionspolitik, Interreg, ECBM und Lehren aus der Pandemie aus Sicht der Grenzregionen.",
        "en": "Cohesion policy, Interreg, the ECBM and lessons from the pandemic, seen from border regions.",
        "fr": "Cohésion, Interreg, ECBM et leçons de la pandémie vus des régions frontalières.",
        "nl": "Cohesiebeleid, Interreg, het ECBM en lessen uit de pandemie, gezien vanuit grensregio's.",
    },
    "body": [
        heading(
            de="Zusammenhalt beginnt an der Grenze",
            en="Cohesion starts at the border",
            fr="La cohésion commence à la frontière",
            nl="Samenhang begint aan de grens",
        ),
        paragraph(
            de="<p>Die Kohäsionspolitik der EU soll Unterschiede zwischen den Regionen verringern. Für "
            "Grenzregionen ist vor allem Interreg wichtig: Damit entstehen grenzüberschreitende Buslinien, "
            "gemeinsame Gewerbegebiete, Hochschulkooperationen und Gesundheitsnetze. Der Initiativkreis setzt "
            "sich dafür ein, dass die Programme gut ausgestattet bleiben und einfacher zu nutzen sind.</p>",
            en="<p>The EU's cohesion policy aims to reduce differences between regions. For border regions, "
            "Interreg matters most: it funds cross-border bus routes, joint business parks, university "
            "partnerships and health networks. The Initiative works to keep the programmes well funded and to "
            "make them easier to use.</p>",
            fr="<p>La politique de cohésion de l'UE vise à réduire les écarts entre les régions. Pour les régions "
            "frontalières, Interreg est essentiel : il finance des lignes de bus transfrontalières, des zones "
            "d'activité communes, des coopérations universitaires et des réseaux de santé. L'Initiative veille à "
            "ce que les programmes restent bien dotés et deviennent plus simples à utiliser.</p>",
            nl="<p>Het cohesiebeleid van de EU moet verschillen tussen regio's verkleinen. Voor grensregio's is "
            "vooral Interreg belangrijk: daarmee ontstaan grensoverschrijdende buslijnen, gezamenlijke "
            "bedrijventerreinen, samenwerking tussen hogescholen en zorgnetwerken. Het initiatief zet zich ervoor "
            "in dat de programma's goed gefinancierd blijven en eenvoudiger te gebruiken worden.</p>",
        ),
        heading(
            de="Rechtliche Hürden abbauen",
            en="Removing legal obstacles",
            fr="Lever les obstacles juridiques",
            nl="Juridische drempels wegnemen",
        ),
        paragraph(
            de="<p>Viele Vorhaben scheitern nicht am Geld, sondern an Vorschriften, die nicht zueinander passen – "
            "etwa wenn für eine grenzüberschreitende Straßenbahn zwei Regelwerke zugleich gelten. 2018 schlug die "
            "Europäische Kommission deshalb einen Europäischen grenzüberschreitenden Mechanismus (ECBM) vor: Im "
            "Einzelfall sollten die Regeln des Nachbarstaats angewendet werden dürfen.</p>"
            "<p>Der Initiativkreis hat diesen Ansatz 2019 in einem Positionspapier unterstützt, nachdem er sich "
            "bereits 2017 für eine Europäische grenzüberschreitende Konvention ausgesprochen hatte.</p>",
            en="<p>Many projects fail not for lack of money but because rules do not fit together – for instance "
            "when two sets of regulations apply to one cross-border tram line. In 2018 the European Commission "
            "therefore proposed a European Cross-Border Mechanism (ECBM): in individual cases, the rules of the "
            "neighbouring country could be applied.</p>"
            "<p>The Initiative supported this approach in a position paper in 2019, having already come out in "
            "favour of a European Cross-Border Convention in 2017.</p>",
            fr="<p>Beaucoup de projets échouent non pas faute d'argent, mais parce que les règles ne s'accordent "
            "pas – par exemple lorsque deux réglementations s'appliquent à une même ligne de tramway "
            "transfrontalière. En 2018, la Commission européenne a donc proposé un mécanisme transfrontalier "
            "européen (ECBM) : dans certains cas, les règles du pays voisin pourraient s'appliquer.</p>"
            "<p>L'Initiative a soutenu cette approche dans un document de position en 2019, après s'être déjà "
            "prononcée en 2017 en faveur d'une Convention transfrontalière européenne.</p>",
            nl="<p>Veel projecten stranden niet op geld, maar op regels die niet op elkaar aansluiten – "
            "bijvoorbeeld wanneer voor één grensoverschrijdende tramlijn twee regelgevingen tegelijk gelden. In "
            "2018 stelde de Europese Commissie daarom een Europees grensoverschrijdend mechanisme (ECBM) voor: in "
            "afzonderlijke gevallen zouden de regels van het buurland mogen gelden.</p>"
            "<p>Het initiatief steunde deze aanpak in 2019 in een standpuntnota, nadat het zich in 2017 al had "
            "uitgesproken voor een Europese grensoverschrijdende conventie.</p>",
        ),
        heading(
            de="Lehren aus der Pandemie",
            en="Lessons from the pandemic",
            fr="Les leçons de la pandémie",
            nl="Lessen uit de pandemie",
        ),
        paragraph(
            de="<p>Im Frühjahr 2020 wurden Grenzen, die seit Jahrzehnten offen waren, plötzlich kontrolliert oder "
            "geschlossen. Pendler, Betriebe und Kliniken in den Grenzregionen traf das besonders hart. In "
            "Online-Workshops im Dezember 2020 und im Positionspapier „Grenzregionen und Pandemie“ hat der "
            "Initiativkreis daraus Forderungen abgeleitet: Krisenstäbe, die sich über die Grenze hinweg "
            "abstimmen, und ein Europa, das die Freizügigkeit auch in Krisen schützt.</p>",
            en="<p>In spring 2020, borders that had been open for decades were suddenly checked or closed. "
            "Commuters, businesses and hospitals in border regions were hit especially hard. In online workshops "
            'in December 2020 and in the position paper "Border regions and the pandemic", the Initiative drew '
            "its conclusions: crisis teams that coordinate across the border, and a Europe that protects free "
            "movement in a crisis too.</p>",
            fr="<p>Au printemps 2020, des frontières ouvertes depuis des décennies ont soudain été contrôlées ou "
            "fermées. Les frontaliers, les entreprises et les hôpitaux des régions frontalières en ont "
            "particulièrement souffert. Lors d'ateliers en ligne en décembre 2020 et dans le document de position "
            "« Régions frontalières et pandémie », l'Initiative en a tiré des revendications : des cellules de "
            "crise coordonnées de part et d'autre de la frontière et une Europe qui protège la libre circulation "
            "même en temps de crise.</p>",
            nl="<p>In het voorjaar van 2020 werden grenzen die al tientallen jaren open waren plotseling "
            "gecontroleerd of gesloten. Pendelaars, bedrijven en ziekenhuizen in grensregio's werden daar extra "
            "hard door getroffen. In online workshops in december 2020 en in de standpuntnota \"Grensregio's en "
            'pandemie" trok het initiatief daar conclusies uit: crisisteams die over de grens heen samenwerken, '
            "en een Europa dat het vrije verkeer ook in crisistijd beschermt.</p>",
        ),
    ],
}

SPATIAL_MONITORING = {
    "key": "raumbeobachtung",
    "slug": {"en": "spatial-monitoring", "fr": "observation-territoriale", "nl": "ruimtelijke-monitoring"},
    "title": {
        "de": "Raumbeobachtung",
        "en": "Spatial monitoring",
        "fr": "Observation territoriale",
        "nl": "Ruimtelijke monitoring",
    },
    "image": "raumbeobachtung",
    "intro": {
        "de": "Wer über Grenzen hinweg planen will, braucht Daten, die über Grenzen hinweg vergleichbar sind. "
        "Genau daran fehlt es oft.",
        "en": "Planning across borders needs data that can be compared across borders. That is exactly what is "
        "often missing.",
        "fr": "Planifier par-delà les frontières exige des données comparables d'un pays à l'autre. C'est "
        "précisément ce qui manque souvent.",
        "nl": "Wie over grenzen heen wil plannen, heeft gegevens nodig die over grenzen heen vergelijkbaar zijn. "
        "Precies daaraan ontbreekt het vaak.",
    },
    "search_description": {
        "de": "Grenzüberschreitende Raumbeobachtung: warum vergleichbare Daten fehlen und was wir fordern.",
        "en": "Cross-border spatial monitoring: why comparable data are missing and what we call for.",
        "fr": "Observation territoriale transfrontalière : pourquoi les données manquent et ce que nous demandons.",
        "nl": "Grensoverschrijdende ruimtelijke monitoring: waarom gegevens ontbreken en wat we vragen.",
    },
    "body": [
        heading(
            de="Statistik endet an der Grenze",
            en="Statistics stop at the border",
            fr="La statistique s'arrête à la frontière",
            nl="Statistiek houdt op bij de grens",
        ),
        paragraph(
            de="<p>Jeder Staat erhebt seine Daten nach eigenen Regeln, in eigenen Gebietseinheiten und zu eigenen "
            "Stichtagen. Wie viele Menschen in einem Grenzraum leben, wie viele täglich pendeln oder wie sich die "
            "Flächennutzung entwickelt, lässt sich deshalb oft nur mit großem Aufwand und nur für einzelne Jahre "
            "beantworten. Die Regionalplanung plant so für Räume, die sie statistisch nur zur Hälfte sieht.</p>",
            en="<p>Each country collects its data by its own rules, in its own territorial units and on its own "
            "reference dates. How many people live in a border area, how many commute every day or how land use "
            "is changing can therefore often be answered only with great effort, and only for single years. "
            "Regional planning thus plans for areas it sees only halfway in the statistics.</p>",
            fr="<p>Chaque pays collecte ses données selon ses propres règles, dans ses propres unités "
            "territoriales et à ses propres dates de référence. Combien de personnes vivent dans un espace "
            "frontalier, combien font la navette chaque jour, comment évolue l'occupation des sols : il est "
            "souvent difficile d'y répondre, et seulement pour certaines années. La planification régionale "
            "travaille ainsi sur des territoires qu'elle ne voit qu'à moitié.</p>",
            nl="<p>Elk land verzamelt zijn gegevens volgens eigen regels, in eigen gebiedseenheden en op eigen "
            "peildata. Hoeveel mensen in een grensgebied wonen, hoeveel er dagelijks pendelen of hoe het "
            "grondgebruik verandert, is daarom vaak alleen met veel moeite en slechts voor losse jaren te "
            "beantwoorden. De regionale planning plant zo voor gebieden die ze statistisch maar half ziet.</p>",
        ),
        heading(
            de="Das Modellvorhaben Raumbeobachtung",
            en="The spatial monitoring pilot project",
            fr="Le projet pilote d'observation territoriale",
            nl="Het modelproject ruimtelijke monitoring",
        ),
        paragraph(
            de="<p>In einem Modellvorhaben der Raumordnung wurde untersucht, wie eine grenzüberschreitende "
            "Raumbeobachtung für Deutschland und seine Nachbarregionen aussehen kann. Die Ergebnisse standen am "
            "17. Januar 2018 im Mittelpunkt eines Workshops in Karlsruhe. Im Oktober 2018 legte der "
            "Initiativkreis das Positionspapier „Raumbeobachtung Deutschland und angrenzende Regionen“ vor, mit "
            "Zusammenfassungen auf Englisch und Französisch.</p>",
            en="<p>A spatial planning pilot project explored what cross-border spatial monitoring for Germany and "
            "its neighbouring regions could look like. Its results were the focus of a workshop in Karlsruhe on "
            "17 January 2018. In October 2018 the Initiative presented its position paper on spatial monitoring "
            "in Germany and the adjacent regions, with summaries in English and French.</p>",
            fr="<p>Un projet pilote d'aménagement du territoire a étudié ce que pourrait être une observation "
            "territoriale transfrontalière pour l'Allemagne et ses régions voisines. Ses résultats ont été au "
            "cœur d'un atelier à Karlsruhe le 17 janvier 2018. En octobre 2018, l'Initiative a présenté son "
            "document de position sur l'observation territoriale de l'Allemagne et des régions limitrophes, avec "
            "des résumés en anglais et en français.</p>",
            nl="<p>In een modelproject voor ruimtelijke ordening werd onderzocht hoe grensoverschrijdende "
            "ruimtelijke monitoring voor Duitsland en zijn buurregio's eruit kan zien. De resultaten stonden op "
            "17 januari 2018 centraal in een workshop in Karlsruhe. In oktober 2018 presenteerde het initiatief "
            "zijn standpuntnota over ruimtelijke monitoring in Duitsland en de aangrenzende regio's, met "
            "samenvattingen in het Engels en Frans.</p>",
        ),
        heading(de="Was wir fordern", en="What we call for", fr="Ce que nous demandons", nl="Wat we vragen"),
        paragraph(
            de="<ul><li>abgestimmte Kennzahlen für alle Grenzräume, jeweils mit Bezugsjahr und Quelle</li>"
            "<li>einen regelmäßigen, frei zugänglichen Bericht über die Grenzregionen</li><li>Pendlerstatistiken, "
            "die Ein- und Auspendler über die Grenze vollständig erfassen</li><li>dauerhafte Zuständigkeiten statt "
            "einzelner, befristeter Projekte</li></ul>",
            en="<ul><li>agreed key figures for all border areas, each with its reference year and source</li>"
            "<li>a regular, freely available report on the border regions</li><li>commuter statistics that fully "
            "record commuting in both directions across the border</li><li>permanent responsibilities instead of "
            "one-off, temporary projects</li></ul>",
            fr="<ul><li>des indicateurs harmonisés pour tous les espaces frontaliers, avec année de référence et "
            "source</li><li>un rapport régulier et librement accessible sur les régions frontalières</li><li>des "
            "statistiques qui recensent entièrement les navettes dans les deux sens</li><li>des responsabilités "
            "pérennes plutôt que des projets ponctuels et limités dans le temps</li></ul>",
            nl="<ul><li>afgestemde kerncijfers voor alle grensgebieden, telkens met referentiejaar en bron</li>"
            "<li>een regelmatig, vrij toegankelijk rapport over de grensregio's</li><li>pendelstatistieken die het "
            "woon-werkverkeer over de grens in beide richtingen volledig vastleggen</li><li>blijvende "
            "verantwoordelijkheden in plaats van losse, tijdelijke projecten</li></ul>",
        ),
    ],
}

MOBILITY = {
    "key": "mobilitaet",
    "slug": {"en": "mobility", "fr": "mobilite", "nl": "mobiliteit"},
    "title": {"de": "Mobilität", "en": "Mobility", "fr": "Mobilité", "nl": "Mobiliteit"},
    "image": "mobilitaet",
    "intro": {
        "de": "Hunderttausende pendeln täglich über die Grenzen der IMeG-Regionen. Bahn, Bus und Straße müssen "
        "deshalb über die Grenze hinweg geplant werden.",
        "en": "Hundreds of thousands commute across the borders of the IMeG regions every day. Rail, bus and road "
        "must therefore be planned across the border.",
        "fr": "Des centaines de milliers de personnes traversent chaque jour les frontières des régions de l'IMeG. "
        "Rail, bus et routes doivent donc être planifiés de part et d'autre de la frontière.",
        "nl": "Honderdduizenden mensen pendelen dagelijks over de grenzen van de IMeG-regio's. Spoor, bus en weg "
        "moeten daarom over de grens heen worden gepland.",
    },
    "search_description": {
        "de": "Grenzüberschreitende Mobilität: Pendlerströme, Bundesverkehrswegeplan und Siedlungsentwicklung.",
        "en": "Cross-border mobility: commuter flows, federal transport planning and settlement development.",
        "fr": "Mobilité transfrontalière : navetteurs, planification des transports et urbanisation.",
        "nl": "Grensoverschrijdende mobiliteit: pendelstromen, verkeersplanning en ruimtelijke ontwikkeling.",
    },
    "body": [
        heading(
            de="Pendeln über die Grenze",
            en="Commuting across the border",
            fr="Franchir la frontière pour travailler",
            nl="Pendelen over de grens",
        ),
        paragraph(
            de="<p>In der Großregion pendeln jeden Tag rund 250.000 Menschen über eine Grenze, etwa 198.000 davon "
            "nach Luxemburg; am Oberrhein waren es 2010 rund 87.000. Viele fahren mit dem Auto, weil Bahn- und "
            "Busverbindungen an der Grenze dünner werden oder ganz enden. Gute grenzüberschreitende Angebote "
            "entlasten Straßen, Klima und Geldbeutel zugleich.</p>",
            en="<p>In the Greater Region some 250,000 people cross a border to work every day, around 198,000 of "
            "them into Luxembourg; on the Upper Rhine the figure was about 87,000 in 2010. Many drive, because "
            "rail and bus services thin out or stop at the border. Good cross-border services relieve roads, the "
            "climate and household budgets at the same time.</p>",
            fr="<p>Dans la Grande Région, quelque 250 000 personnes franchissent chaque jour une frontière pour "
            "travailler, dont environ 198 000 vers le Luxembourg ; dans le Rhin supérieur, elles étaient près de "
            "87 000 en 2010. Beaucoup prennent la voiture, car l'offre de trains et de bus s'amenuise ou s'arrête "
            "à la frontière. De bonnes liaisons transfrontalières soulagent à la fois les routes, le climat et "
            "le porte-monnaie.</p>",
            nl="<p>In de Grote Regio steken elke dag zo'n 250.000 mensen een grens over voor hun werk, van wie "
            "ongeveer 198.000 naar Luxemburg; aan de Boven-Rijn waren het er in 2010 ongeveer 87.000. Velen nemen "
            "de auto, omdat trein- en busverbindingen aan de grens dunner worden of ophouden. Goede "
            "grensoverschrijdende verbindingen ontlasten tegelijk de wegen, het klimaat en de portemonnee.</p>",
        ),
        heading(
            de="Bundesverkehrswegeplan 2030",
            en="Federal Transport Infrastructure Plan 2030",
            fr="Plan fédéral des infrastructures de transport 2030",
            nl="Federaal infrastructuurplan voor verkeer 2030",
        ),
        paragraph(
            de="<p>In seiner Stellungnahme von 2016 zum Bundesverkehrswegeplan 2030 hat der Initiativkreis darauf "
            "gedrängt, grenzüberschreitende Verbindungen stärker zu berücksichtigen. Ihr Nutzen entsteht zu einem "
            "großen Teil jenseits der Grenze – und geht in einer rein nationalen Bewertung leicht verloren.</p>",
            en="<p>In its 2016 statement on the Federal Transport Infrastructure Plan 2030, the Initiative urged "
            "that cross-border links be given more weight. Much of their benefit arises on the other side of the "
            "border – and is easily lost in a purely national assessment.</p>",
            fr="<p>Dans son avis de 2016 sur le plan fédéral des infrastructures de transport 2030, l'Initiative a "
            "demandé que les liaisons transfrontalières soient mieux prises en compte. Une grande partie de leurs "
            "bénéfices se situe de l'autre côté de la frontière – et se perd facilement dans une évaluation "
            "purement nationale.</p>",
            nl="<p>In zijn advies uit 2016 over het federale infrastructuurplan voor verkeer 2030 drong het "
            "initiatief erop aan grensoverschrijdende verbindingen zwaarder te laten wegen. Een groot deel van hun "
            "nut ontstaat aan de andere kant van de grens – en raakt in een puur nationale beoordeling snel "
            "uit beeld.</p>",
        ),
        heading(
            de="Verkehr und Siedlung zusammen denken",
            en="Thinking transport and settlement together",
            fr="Penser ensemble transports et urbanisation",
            nl="Verkeer en verstedelijking samen denken",
        ),
        paragraph(
            de="<p>Wo Wohnungen, Arbeitsplätze und Verkehrsachsen entstehen, muss gemeinsam geplant werden – auch "
            "über die Grenze hinweg. Darum ging es am 30. Januar 2019 in Brüssel bei der Veranstaltung „Mobilität "
            "und Siedlungsentwicklung in metropolitanen Grenzregionen“, gedolmetscht auf Deutsch, Französisch und "
            "Niederländisch und begleitet von einer Posterausstellung der Regionen.</p>",
            en="<p>Where homes, jobs and transport corridors are built, planning has to be joint – across the "
            'border too. That was the subject of the event "Mobility and settlement development in metropolitan '
            'border regions" in Brussels on 30 January 2019, interpreted into German, French and Dutch and '
            "accompanied by a poster exhibition of the regions.</p>",
            fr="<p>Là où naissent logements, emplois et axes de transport, il faut planifier ensemble – y compris "
            "par-delà la frontière. C'était le sujet de la rencontre « Mobilité et urbanisation dans les régions "
            "métropolitaines transfrontalières », le 30 janvier 2019 à Bruxelles, avec interprétation en "
            "allemand, français et néerlandais et une exposition de posters des régions.</p>",
            nl="<p>Waar woningen, banen en verkeersassen ontstaan, moet samen worden gepland – ook over de grens "
            'heen. Daarover ging de bijeenkomst "Mobiliteit en ruimtelijke ontwikkeling in metropolitane '
            "grensregio's\" op 30 januari 2019 in Brussel, getolkt in het Duits, Frans en Nederlands en met een "
            "posterexpositie van de regio's.</p>",
        ),
    ],
}

TOPICS = [EU_POLICY, SPATIAL_MONITORING, MOBILITY]
