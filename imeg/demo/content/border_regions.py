"""The "Metropolitane Grenzregionen" section: what they are and where they stand in Europe."""

from imeg.demo.content import child_page_teasers, heading, paragraph, quote
from imeg.demo.content.europe import IN_EUROPE

SECTION = {
    "key": "metropolitane-grenzregionen",
    "slug": {
        "en": "metropolitan-border-regions",
        "fr": "regions-metropolitaines-transfrontalieres",
        "nl": "metropolitane-grensregios",
    },
    "title": {
        "de": "Metropolitane Grenzregionen",
        "en": "Metropolitan border regions",
        "fr": "Régions métropolitaines transfrontalières",
        "nl": "Metropolitane grensregio's",
    },
    "image": "grenzregionen",
    "intro": {
        "de": "In metropolitanen Grenzregionen verteilen sich die Aufgaben einer Metropole auf Städte in mehreren "
        "Staaten. Vier solcher Räume liegen an der West- und Südgrenze Deutschlands.",
        "en": "In metropolitan border regions, the functions of a metropolis are spread over cities in several "
        "countries. Four such areas lie on Germany's western and southern borders.",
        "fr": "Dans les régions métropolitaines transfrontalières, les fonctions d'une métropole se répartissent "
        "entre des villes de plusieurs pays. Quatre de ces espaces bordent l'ouest et le sud de l'Allemagne.",
        "nl": "In metropolitane grensregio's zijn de functies van een metropool verdeeld over steden in "
        "verschillende landen. Vier van zulke gebieden liggen aan de west- en zuidgrens van Duitsland.",
    },
    "search_description": {
        "de": "Metropolitane Grenzregionen: Euregio Maas-Rhein, Großregion, Oberrhein und Bodensee.",
        "en": "Metropolitan border regions: Euregio Meuse-Rhine, Greater Region, Upper Rhine and Lake Constance.",
        "fr": "Régions métropolitaines transfrontalières : Meuse-Rhin, Grande Région, Rhin supérieur, lac de "
        "Constance.",
        "nl": "Metropolitane grensregio's: Euregio Maas-Rijn, Grote Regio, Boven-Rijn en Bodenmeer.",
    },
    "body": [
        heading(
            de="Metropolen über Grenzen hinweg",
            en="Metropolises across borders",
            fr="Des métropoles par-delà les frontières",
            nl="Metropolen over grenzen heen",
        ),
        paragraph(
            de="<p>Bei Metropolregionen denken viele an Berlin, Hamburg oder München. Doch auch an den Grenzen "
            "wachsen Städte zu großen Lebens- und Wirtschaftsräumen zusammen: Aachen, Maastricht und Lüttich; "
            "Saarbrücken, Metz und Luxemburg; Karlsruhe, Straßburg, Freiburg und Basel; die Städte rund um den "
            "Bodensee. Jede dieser Städte für sich ist keine Metropole – gemeinsam bilden sie eine.</p>"
            "<p>Zusammen betrachtet erreichen diese Räume die Größe und Wirtschaftskraft der großen deutschen "
            "Metropolregionen: In der Großregion leben rund 11,6 Millionen Menschen, in der Trinationalen "
            "Metropolregion Oberrhein 6,1 Millionen, in der Bodenseeregion 4,3 Millionen.</p>",
            en="<p>Metropolitan regions make many people think of Berlin, Hamburg or Munich. But cities on the "
            "borders are also growing into large areas to live and work in: Aachen, Maastricht and Liège; "
            "Saarbrücken, Metz and Luxembourg; Karlsruhe, Strasbourg, Freiburg and Basel; the towns around Lake "
            "Constance. None of them is a metropolis on its own – together they form one.</p>"
            "<p>Taken as a whole, these areas match the size and economic strength of Germany's large "
            "metropolitan regions: some 11.6 million people live in the Greater Region, 6.1 million in the "
            "Trinational Metropolitan Region of the Upper Rhine and 4.3 million in the Lake Constance region.</p>",
            fr="<p>Quand on parle de régions métropolitaines, on pense à Berlin, Hambourg ou Munich. Mais aux "
            "frontières aussi, des villes forment ensemble de vastes espaces de vie et d'activité : Aix-la-"
            "Chapelle, Maastricht et Liège ; Sarrebruck, Metz et Luxembourg ; Karlsruhe, Strasbourg, Fribourg-en-"
            "Brisgau et Bâle ; les villes des bords du lac de Constance. Aucune n'est une métropole à elle seule "
            "– ensemble, elles en forment une.</p>"
            "<p>Pris dans leur ensemble, ces espaces atteignent la taille et la puissance économique des grandes "
            "régions métropolitaines allemandes : la Grande Région compte quelque 11,6 millions d'habitants, la "
            "Région métropolitaine trinationale du Rhin supérieur 6,1 millions et la région du lac de Constance "
            "4,3 millions.</p>",
            nl="<p>Bij metropoolregio's denken velen aan Berlijn, Hamburg of München. Maar ook aan de grenzen "
            "groeien steden uit tot grote gebieden om te wonen en te werken: Aken, Maastricht en Luik; "
            "Saarbrücken, Metz en Luxemburg; Karlsruhe, Straatsburg, Freiburg en Bazel; de steden rond het "
            "Bodenmeer. Geen van die steden is op zichzelf een metropool – samen vormen ze er één.</p>"
            "<p>Bij elkaar opgeteld halen deze gebieden de omvang en economische kracht van de grote Duitse "
            "metropoolregio's: in de Grote Regio wonen zo'n 11,6 miljoen mensen, in de Trinationale "
            "Metropoolregio Boven-Rijn 6,1 miljoen en in de Bodenmeerregio 4,3 miljoen.</p>",
        ),
        heading(de="Die IMeG-Regionen", en="The IMeG regions", fr="Les régions de l'IMeG", nl="De IMeG-regio's"),
        paragraph(
            de="<ul><li><b>Euregio Maas-Rhein</b> (Belgien, Niederlande, Deutschland): seit 1976, heute ein EVTZ "
            "mit Sitz in Eupen</li><li><b>Großregion</b> (Deutschland, Frankreich, Luxemburg, Belgien): Gipfel der "
            "Großregion seit 1995, Haus der Großregion in Luxemburg</li><li><b>Trinationale Metropolregion "
            "Oberrhein</b> (Deutschland, Frankreich, Schweiz): 2010 in Offenburg gegründet, getragen von der "
            "Oberrheinkonferenz mit Sekretariat in Kehl</li><li><b>Bodenseeregion</b> (Deutschland, Österreich, "
            "Schweiz, Liechtenstein): Internationale Bodensee-Konferenz seit 1972, Sitz in Konstanz</li></ul>",
            en="<ul><li><b>Euregio Meuse-Rhine</b> (Belgium, Netherlands, Germany): since 1976, now an EGTC based "
            "in Eupen</li><li><b>Greater Region</b> (Germany, France, Luxembourg, Belgium): Summit of the Greater "
            "Region since 1995, House of the Greater Region in Luxembourg</li><li><b>Trinational Metropolitan "
            "Region of the Upper Rhine</b> (Germany, France, Switzerland): founded in Offenburg in 2010, backed by "
            "the Upper Rhine Conference with its secretariat in Kehl</li><li><b>Lake Constance region</b> "
            "(Germany, Austria, Switzerland, Liechtenstein): International Lake Constance Conference since 1972, "
            "based in Konstanz</li></ul>",
            fr="<ul><li><b>Euregio Meuse-Rhin</b> (Belgique, Pays-Bas, Allemagne) : depuis 1976, aujourd'hui un "
            "GECT établi à Eupen</li><li><b>Grande Région</b> (Allemagne, France, Luxembourg, Belgique) : Sommet de "
            "la Grande Région depuis 1995, Maison de la Grande Région à Luxembourg</li><li><b>Région "
            "métropolitaine trinationale du Rhin supérieur</b> (Allemagne, France, Suisse) : fondée en 2010 à "
            "Offenbourg, portée par la Conférence du Rhin supérieur, dont le secrétariat est à Kehl</li>"
            "<li><b>Région du lac de Constance</b> (Allemagne, Autriche, Suisse, Liechtenstein) : Conférence "
            "internationale du lac de Constance depuis 1972, siège à Constance</li></ul>",
            nl="<ul><li><b>Euregio Maas-Rijn</b> (België, Nederland, Duitsland): sinds 1976, nu een EGTS met zetel "
            "in Eupen</li><li><b>Grote Regio</b> (Duitsland, Frankrijk, Luxemburg, België): Top van de Grote Regio "
            "sinds 1995, Huis van de Grote Regio in Luxemburg</li><li><b>Trinationale Metropoolregio "
            "Boven-Rijn</b> (Duitsland, Frankrijk, Zwitserland): in 2010 opgericht in Offenburg, gedragen door de "
            "Boven-Rijnconferentie met secretariaat in Kehl</li><li><b>Bodenmeerregio</b> (Duitsland, Oostenrijk, "
            "Zwitserland, Liechtenstein): Internationale Bodenmeerconferentie sinds 1972, zetel in Konstanz</li>"
            "</ul>",
        ),
        child_page_teasers(
            de="Mehr zum Thema", en="Read more", fr="Pour aller plus loin", nl="Meer over dit onderwerp"
        ),
    ],
}

WHAT_ARE = {
    "key": "was-sind-metropolitane-grenzregionen",
    "slug": {
        "en": "what-are-metropolitan-border-regions",
        "fr": "definition",
        "nl": "wat-zijn-metropolitane-grensregios",
    },
    "title": {
        "de": "Was sind metropolitane Grenzregionen?",
        "en": "What are metropolitan border regions?",
        "fr": "Qu'est-ce qu'une région métropolitaine transfrontalière ?",
        "nl": "Wat zijn metropolitane grensregio's?",
    },
    "image": "verflechtung",
    "intro": {
        "de": "Metropolitan wird eine Grenzregion nicht durch eine einzelne Großstadt, sondern durch das "
        "Zusammenspiel vieler Zentren und die dichten Verflechtungen über die Grenze hinweg.",
        "en": "A border region becomes metropolitan not through one big city but through many centres working "
        "together and the close ties that run across the border.",
        "fr": "Ce n'est pas une grande ville qui rend une région frontalière métropolitaine, mais la "
        "complémentarité de nombreux centres et la densité des liens par-delà la frontière.",
        "nl": "Een grensregio wordt niet metropolitaan door één grote stad, maar door het samenspel van vele "
        "centra en de nauwe banden over de grens heen.",
    },
    "search_description": {
        "de": "Was eine Grenzregion metropolitan macht: verteilte Funktionen, Pendler und besondere Hürden.",
        "en": "What makes a border region metropolitan: shared functions, commuters and particular obstacles.",
        "fr": "Ce qui rend une région frontalière métropolitaine : fonctions partagées, navetteurs, obstacles.",
        "nl": "Wat een grensregio metropolitaan maakt: gedeelde functies, pendelaars en bijzondere drempels.",
    },
    "body": [
        heading(
            de="Metropolitane Funktionen, verteilt auf mehrere Staaten",
            en="Metropolitan functions, spread over several states",
            fr="Des fonctions métropolitaines réparties entre plusieurs États",
            nl="Metropolitane functies, verdeeld over meerdere staten",
        ),
        paragraph(
            de="<p>Metropolregionen bündeln Funktionen, die weit über ihr Umland hinaus wirken: Sitze von "
            "Unternehmen und Behörden, Hochschulen und Forschung, Flughäfen, Messen und Kultur. In Grenzregionen "
            "verteilen sich diese Funktionen auf Zentren in mehreren Staaten. Einzeln erreicht kaum eines die "
            "Schwelle einer Metropole, gemeinsam erreichen sie sie.</p>"
            "<p>Das Modellvorhaben MORO güV hat diesen Gedanken ausgearbeitet: Metropolitane Grenzregionen sind "
            "polyzentrische, grenzüberschreitende Verflechtungsräume, deren Zentren sich ergänzen, statt "
            "miteinander zu konkurrieren.</p>",
            en="<p>Metropolitan regions concentrate functions whose reach goes far beyond their surroundings: "
            "company and government headquarters, universities and research, airports, trade fairs and culture. "
            "In border regions these functions are spread over centres in several countries. Hardly any of them "
            "reaches the threshold of a metropolis on its own; together they do.</p>"
            "<p>The MORO güV pilot project developed this idea: metropolitan border regions are polycentric, "
            "cross-border functional areas whose centres complement rather than compete with each other.</p>",
            fr="<p>Les régions métropolitaines concentrent des fonctions dont le rayonnement dépasse largement "
            "leurs environs : sièges d'entreprises et d'administrations, universités et recherche, aéroports, "
            "foires et culture. Dans les régions frontalières, ces fonctions se répartissent entre des centres "
            "situés dans plusieurs pays. Aucun n'atteint seul le seuil d'une métropole ; ensemble, ils "
            "l'atteignent.</p>"
            "<p>Le projet pilote MORO güV a approfondi cette idée : les régions métropolitaines "
            "transfrontalières sont des espaces fonctionnels polycentriques dont les centres se complètent au "
            "lieu de se concurrencer.</p>",
            nl="<p>Metropoolregio's bundelen functies die ver buiten hun omgeving reiken: hoofdkantoren van "
            "bedrijven en overheden, universiteiten en onderzoek, luchthavens, beurzen en cultuur. In "
            "grensregio's zijn deze functies verdeeld over centra in meerdere landen. Afzonderlijk haalt "
            "nauwelijks één daarvan de drempel van een metropool, samen wel.</p>"
            "<p>Het modelproject MORO güV heeft dit idee uitgewerkt: metropolitane grensregio's zijn "
            "polycentrische, grensoverschrijdende functionele gebieden waarvan de centra elkaar aanvullen in "
            "plaats van met elkaar te concurreren.</p>",
        ),
        heading(
            de="Verflechtungen im Alltag", en="Everyday ties", fr="Des liens au quotidien", nl="Dagelijkse banden"
        ),
        paragraph(
            de="<p>Wie eng solche Räume zusammengewachsen sind, zeigt der Arbeitsmarkt. In der Großregion pendeln "
            "nach Angaben der Arbeitskammer des Saarlandes täglich rund 250.000 Menschen über eine Grenze, davon "
            "etwa 198.000 nach Luxemburg. Am Oberrhein waren es 2010 rund 87.000. Hinzu kommen Einkäufe, "
            "Arztbesuche, Studium und Freizeit jenseits der Grenze.</p>",
            en="<p>The labour market shows how closely these areas have grown together. According to the "
            "Saarland Chamber of Labour, some 250,000 people cross a border every day to work in the Greater "
            "Region, around 198,000 of them into Luxembourg. On the Upper Rhine the figure was about 87,000 in "
            "2010. Add to this shopping, visits to the doctor, studies and leisure on the other side.</p>",
            fr="<p>Le marché du travail montre à quel point ces espaces sont imbriqués. Selon la Chambre du "
            "travail de la Sarre, quelque 250 000 personnes franchissent chaque jour une frontière pour travailler "
            "dans la Grande Région, dont environ 198 000 vers le Luxembourg. Dans le Rhin supérieur, elles étaient "
            "près de 87 000 en 2010. S'y ajoutent les achats, les soins, les études et les loisirs de l'autre "
            "côté.</p>",
            nl="<p>Hoe nauw deze gebieden vergroeid zijn, laat de arbeidsmarkt zien. Volgens de Arbeitskammer des "
            "Saarlandes steken in de Grote Regio dagelijks zo'n 250.000 mensen een grens over voor hun werk, van "
            "wie ongeveer 198.000 naar Luxemburg. Aan de Boven-Rijn waren het er in 2010 ongeveer 87.000. Daarbij "
            "komen winkelen, doktersbezoek, studie en vrije tijd aan de andere kant.</p>",
        ),
        quote(
            de=(
                "Ein Bebauungsplan endet an der Grenze. Das Leben der Menschen nicht.",
                "Dr. Anna Beispiel, Geschäftsstelle des IMeG",
            ),
            en=("A land-use plan ends at the border. People's lives do not.", "Dr Anna Beispiel, IMeG secretariat"),
            fr=(
                "Un plan d'urbanisme s'arrête à la frontière. La vie des gens, non.",
                "Dr Anna Beispiel, secrétariat de l'IMeG",
            ),
            nl=(
                "Een bestemmingsplan houdt op bij de grens. Het leven van mensen niet.",
                "Dr. Anna Beispiel, secretariaat van IMeG",
            ),
        ),
        heading(
            de="Besondere Herausforderungen",
            en="Particular challenges",
            fr="Des défis particuliers",
            nl="Bijzondere uitdagingen",
        ),
        paragraph(
            de="<p>Wo zwei oder drei Rechtsordnungen, Sprachen und Verwaltungskulturen aufeinandertreffen, wird "
            "vieles schwieriger: Pläne werden nach unterschiedlichen Regeln aufgestellt, Buslinien enden an der "
            "Grenze, Statistiken zählen nach verschiedenen Methoden. Metropolitane Grenzregionen brauchen deshalb "
            "Instrumente, die diese Unterschiede überbrücken – und eine Politik, die sie mitdenkt.</p>",
            en="<p>Where two or three legal systems, languages and administrative cultures meet, much becomes "
            "harder: plans are drawn up under different rules, bus routes end at the border, statistics count "
            "in different ways. Metropolitan border regions therefore need tools that bridge these differences – "
            "and policies that keep them in mind.</p>",
            fr="<p>Là où se rencontrent deux ou trois systèmes juridiques, langues et cultures administratives, "
            "beaucoup de choses se compliquent : les plans obéissent à des règles différentes, les lignes de bus "
            "s'arrêtent à la frontière, les statistiques comptent selon des méthodes distinctes. Les régions "
            "métropolitaines transfrontalières ont donc besoin d'instruments qui comblent ces écarts – et de "
            "politiques qui en tiennent compte.</p>",
            nl="<p>Waar twee of drie rechtsstelsels, talen en bestuursculturen elkaar ontmoeten, wordt veel "
            "lastiger: plannen volgen verschillende regels, buslijnen stoppen aan de grens, statistieken tellen "
            "volgens verschillende methoden. Metropolitane grensregio's hebben daarom instrumenten nodig die deze "
            "verschillen overbruggen – en beleid dat er rekening mee houdt.</p>",
        ),
    ],
}

CHILDREN = [WHAT_ARE, IN_EUROPE]
