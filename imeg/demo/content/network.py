"""The "Initiativkreis" section: the network, its background, goals, members and organisation."""

from imeg.demo.content import call_to_action, child_page_teasers, heading, image, paragraph, quote
from imeg.demo.content.organisation import GOALS, MEMBERS

SECTION = {
    "key": "initiativkreis",
    "slug": {"en": "initiative", "fr": "initiative", "nl": "initiatief"},
    "title": {"de": "Initiativkreis", "en": "The Initiative", "fr": "L'Initiative", "nl": "Het initiatief"},
    "image": "initiativkreis",
    "intro": {
        "de": "Der Initiativkreis Metropolitane Grenzregionen ist das Netzwerk deutscher Regionen und Länder, deren "
        "Verflechtungsräume über die Staatsgrenze reichen. Seit 2011 sprechen wir mit einer Stimme für sie.",
        "en": "The Metropolitan Border Regions Initiative is the network of German regions and Länder whose "
        "functional areas extend across the national border. Since 2011 we have spoken for them with one voice.",
        "fr": "L'Initiative des régions métropolitaines transfrontalières réunit des régions et Länder allemands "
        "dont l'espace fonctionnel dépasse la frontière. Depuis 2011, nous parlons pour eux d'une seule voix.",
        "nl": "Het Initiatief Metropolitane Grensregio's is het netwerk van Duitse regio's en deelstaten waarvan "
        "het functionele gebied over de landsgrens reikt. Sinds 2011 spreken we met één stem voor hen.",
    },
    "search_description": {
        "de": "Wer wir sind: das Netzwerk deutscher Regionen und Länder in metropolitanen Grenzregionen.",
        "en": "Who we are: the network of German regions and Länder in metropolitan border regions.",
        "fr": "Qui nous sommes : le réseau des régions et Länder allemands des régions métropolitaines "
        "transfrontalières.",
        "nl": "Wie we zijn: het netwerk van Duitse regio's en deelstaten in metropolitane grensregio's.",
    },
    "body": [
        heading(
            de="Ein Netzwerk an Deutschlands Grenzen",
            en="A network on Germany's borders",
            fr="Un réseau aux frontières de l'Allemagne",
            nl="Een netwerk aan de grenzen van Duitsland",
        ),
        paragraph(
            de="<p>Ob in der Euregio Maas-Rhein, in der Großregion, am Oberrhein oder am Bodensee: Viele Menschen "
            "wohnen auf der einen Seite der Grenze und arbeiten, studieren oder kaufen auf der anderen ein. "
            "Unternehmen, Hochschulen und Kliniken finden ihre Partner im ganzen Verflechtungsraum. Für die "
            "Regionalplanung heißt das: Wer die eigene Region entwickeln will, muss über die Grenze schauen.</p>"
            "<p>Im Initiativkreis haben sich deshalb Regionalverbände, ein Zweckverband und zwei Länder "
            "zusammengeschlossen, die genau diese Aufgabe teilen. Wir tauschen Erfahrungen aus, erarbeiten "
            "gemeinsame Positionen und bringen die Sicht der Grenzregionen in die Raumordnungs-, Verkehrs- und "
            "Kohäsionspolitik von Bund und Europäischer Union ein.</p>",
            en="<p>In the Euregio Meuse-Rhine, the Greater Region, on the Upper Rhine or around Lake Constance, "
            "many people live on one side of the border and work, study or shop on the other. Companies, "
            "universities and hospitals find their partners throughout the cross-border area. For regional "
            "planning, this means that anyone who wants to develop their own region has to look across the "
            "border.</p>"
            "<p>That is why regional planning associations, a special-purpose association and two Länder who share "
            "exactly this task have joined forces in the Initiative. We exchange experience, agree on joint "
            "positions and bring the border regions' point of view into the spatial planning, transport and "
            "cohesion policies of the federal government and the European Union.</p>",
            fr="<p>Dans l'Euregio Meuse-Rhin, la Grande Région, le Rhin supérieur ou autour du lac de Constance, "
            "beaucoup de gens habitent d'un côté de la frontière et travaillent, étudient ou font leurs achats de "
            "l'autre. Entreprises, universités et hôpitaux trouvent leurs partenaires dans tout l'espace "
            "transfrontalier. Pour la planification régionale, cela signifie qu'il faut regarder au-delà de la "
            "frontière pour développer son propre territoire.</p>"
            "<p>C'est pourquoi des associations régionales de planification, un syndicat intercommunal et deux "
            "Länder qui partagent cette mission se sont réunis au sein de l'Initiative. Nous échangeons nos "
            "expériences, élaborons des positions communes et faisons valoir le point de vue des régions "
            "frontalières dans les politiques d'aménagement, de transport et de cohésion de l'État fédéral et de "
            "l'Union européenne.</p>",
            nl="<p>In de Euregio Maas-Rijn, de Grote Regio, aan de Boven-Rijn of rond het Bodenmeer wonen veel "
            "mensen aan de ene kant van de grens en werken, studeren of winkelen ze aan de andere kant. Bedrijven, "
            "hogescholen en ziekenhuizen vinden hun partners in het hele grensoverschrijdende gebied. Voor de "
            "regionale planning betekent dit: wie de eigen regio wil ontwikkelen, moet over de grens kijken.</p>"
            "<p>Daarom hebben regionale planningsverbanden, een gemeenschappelijke regeling en twee deelstaten die "
            "precies deze opgave delen, zich verenigd in het initiatief. We wisselen ervaringen uit, ontwikkelen "
            "gezamenlijke standpunten en brengen het perspectief van de grensregio's in het ruimtelijke-ordenings-, "
            "verkeers- en cohesiebeleid van de Duitse overheid en de Europese Unie in.</p>",
        ),
        heading(de="Was uns ausmacht", en="What sets us apart", fr="Ce qui nous caractérise", nl="Wat ons kenmerkt"),
        paragraph(
            de="<ul><li><b>Eine Stimme:</b> Gemeinsam werden wir gehört, wo eine einzelne Region untergehen würde."
            "</li><li><b>Praxis:</b> Unsere Mitglieder planen täglich über Grenzen hinweg und wissen, wo es hakt."
            "</li><li><b>Wissen:</b> Wir setzen uns für eine Raumbeobachtung ein, die an der Grenze nicht endet."
            "</li></ul>",
            en="<ul><li><b>One voice:</b> together we are heard where a single region would go unnoticed.</li>"
            "<li><b>Practice:</b> our members plan across borders every day and know where things get stuck.</li>"
            "<li><b>Knowledge:</b> we call for spatial monitoring that does not stop at the border.</li></ul>",
            fr="<ul><li><b>Une seule voix :</b> ensemble, nous sommes entendus là où une région seule passerait "
            "inaperçue.</li><li><b>La pratique :</b> nos membres planifient chaque jour par-delà les frontières et "
            "savent où cela bloque.</li><li><b>La connaissance :</b> nous plaidons pour une observation "
            "territoriale qui ne s'arrête pas à la frontière.</li></ul>",
            nl="<ul><li><b>Eén stem:</b> samen worden we gehoord waar één regio alleen niet zou opvallen.</li>"
            "<li><b>Praktijk:</b> onze leden plannen dagelijks over grenzen heen en weten waar het knelt.</li>"
            "<li><b>Kennis:</b> we pleiten voor ruimtelijke monitoring die niet bij de grens ophoudt.</li></ul>",
        ),
        quote(
            de=("Grenzräume sind Verbindungsräume.", "Leitgedanke der IMeG-Veranstaltung in Brüssel, 2019"),
            en=("Border areas are areas that connect.", "Guiding idea of the IMeG event in Brussels, 2019"),
            fr=(
                "Les espaces frontaliers sont des espaces de liaison.",
                "Idée directrice de la rencontre de l'IMeG à Bruxelles, 2019",
            ),
            nl=(
                "Grensgebieden zijn verbindingsgebieden.",
                "Leidende gedachte van de IMeG-bijeenkomst in Brussel, 2019",
            ),
        ),
        call_to_action(
            "kontakt",
            de=(
                "Sie möchten mitwirken oder mehr erfahren?",
                "Die Geschäftsstelle in Saarbrücken beantwortet Ihre "
                "Fragen zum Initiativkreis, zur Mitgliedschaft und zur Zusammenarbeit.",
                "Geschäftsstelle schreiben",
            ),
            en=(
                "Would you like to take part or learn more?",
                "The secretariat in Saarbrücken answers your questions "
                "about the Initiative, membership and cooperation.",
                "Write to the secretariat",
            ),
            fr=(
                "Vous souhaitez participer ou en savoir plus ?",
                "Le secrétariat à Sarrebruck répond à vos questions sur l'Initiative, l'adhésion et la coopération.",
                "Écrire au secrétariat",
            ),
            nl=(
                "Wilt u meedoen of meer weten?",
                "Het secretariaat in Saarbrücken beantwoordt uw vragen over het "
                "initiatief, het lidmaatschap en de samenwerking.",
                "Schrijf het secretariaat",
            ),
        ),
        child_page_teasers(
            de="Mehr über den Initiativkreis",
            en="More about the Initiative",
            fr="En savoir plus sur l'Initiative",
            nl="Meer over het initiatief",
        ),
    ],
}

BACKGROUND = {
    "key": "hintergrund",
    "slug": {"en": "background", "fr": "contexte"},
    "title": {"de": "Hintergrund", "en": "Background", "fr": "Contexte"},
    "intro": {
        "de": "Der Initiativkreis ist aus einem Modellvorhaben der Raumordnung des Bundes hervorgegangen und wurde "
        "am 17. März 2011 in Berlin gegründet.",
        "en": "The Initiative grew out of a federal pilot project in spatial planning and was founded in Berlin on "
        "17 March 2011.",
        "fr": "L'Initiative est issue d'un projet pilote fédéral d'aménagement du territoire ; elle a été fondée à "
        "Berlin le 17 mars 2011.",
    },
    "search_description": {
        "de": "Vom Modellvorhaben MORO güV zur Gründung 2011: die Geschichte des Initiativkreises.",
        "en": "From the MORO güV pilot project to the founding in 2011: the history of the Initiative.",
        "fr": "Du projet pilote MORO güV à la fondation en 2011 : l'histoire de l'Initiative.",
    },
    "body": [
        heading(de="Das Modellvorhaben MORO güV", en="The MORO güV pilot project", fr="Le projet pilote MORO güV"),
        paragraph(
            de="<p>Von Januar 2008 bis Mai 2011 untersuchte das Modellvorhaben der Raumordnung (MORO) "
            "„Überregionale Partnerschaften in grenzüberschreitenden Verflechtungsräumen“, kurz MORO güV, wie "
            "Regionen an den deutschen Grenzen ihre Kräfte bündeln können. Gefördert wurde es vom "
            "Bundesbauministerium, wissenschaftlich begleitet vom Bundesinstitut für Bau-, Stadt- und "
            "Raumforschung (BBSR).</p>"
            "<p>Die beteiligten Regionen arbeiteten heraus, was sie verbindet: Sie erfüllen metropolitane "
            "Funktionen – allerdings verteilt auf mehrere Staaten, mit unterschiedlichen Verwaltungen, "
            "Rechtsordnungen und Statistiken. Die Ergebnisse hält der 128 Seiten starke Abschlussbericht "
            "„Metropolitane Grenzregionen“ aus dem Jahr 2011 fest.</p>",
            en='<p>From January 2008 to May 2011, the spatial planning pilot project (MORO) "Supra-regional '
            'partnerships in cross-border functional areas", MORO güV for short, explored how regions on '
            "Germany's borders can pool their strengths. It was funded by the federal building ministry and "
            "supported scientifically by the Federal Institute for Research on Building, Urban Affairs and "
            "Spatial Development (BBSR).</p>"
            "<p>The regions involved worked out what they have in common: they perform metropolitan functions, "
            "but spread across several states, with different administrations, legal systems and statistics. "
            'The results are set out in the 128-page final report "Metropolitane Grenzregionen" of 2011.</p>',
            fr="<p>De janvier 2008 à mai 2011, le projet pilote d'aménagement du territoire (MORO) « Partenariats "
            "suprarégionaux dans les espaces fonctionnels transfrontaliers », dit MORO güV, a étudié comment les "
            "régions situées aux frontières de l'Allemagne peuvent unir leurs forces. Il était financé par le "
            "ministère fédéral de la Construction et accompagné scientifiquement par l'Institut fédéral de "
            "recherche sur la construction, les affaires urbaines et le développement territorial (BBSR).</p>"
            "<p>Les régions participantes ont dégagé ce qui les unit : elles assument des fonctions "
            "métropolitaines, mais réparties sur plusieurs États, avec des administrations, des droits et des "
            "statistiques différents. Le rapport final « Metropolitane Grenzregionen » (2011, 128 pages) en "
            "présente les résultats.</p>",
        ),
        image("hintergrund"),
        heading(de="Gründung in Berlin", en="Founded in Berlin", fr="Fondation à Berlin"),
        paragraph(
            de="<p>Auf der Abschlussveranstaltung des Modellvorhabens am 17. März 2011 in Berlin beschlossen die "
            "Partner, ihre Zusammenarbeit auf Dauer fortzusetzen: Der Initiativkreis Metropolitane Grenzregionen "
            "war gegründet. Das Folgeprojekt „MORO IMeG“ von April 2011 bis November 2013 half, das Netzwerk "
            "aufzubauen; sein Abschlussbericht erschien 2013 auf Deutsch und Englisch.</p>",
            en="<p>At the project's closing event in Berlin on 17 March 2011, the partners decided to continue "
            "working together for good: the Metropolitan Border Regions Initiative was born. The follow-up project "
            '"MORO IMeG", from April 2011 to November 2013, helped to build up the network; its final report was '
            "published in German and English in 2013.</p>",
            fr="<p>Lors de la manifestation de clôture du projet, le 17 mars 2011 à Berlin, les partenaires ont "
            "décidé de poursuivre durablement leur coopération : l'Initiative des régions métropolitaines "
            "transfrontalières était née. Le projet de suivi « MORO IMeG », d'avril 2011 à novembre 2013, a aidé "
            "à construire le réseau ; son rapport final a paru en 2013 en allemand et en anglais.</p>",
        ),
        heading(de="Meilensteine", en="Milestones", fr="Étapes clés"),
        paragraph(
            de="<ul><li><b>2011</b> – Gründung in Berlin, Abschlussbericht „Metropolitane Grenzregionen“</li>"
            "<li><b>2012</b> – Luxemburger Thesen „Im Netzwerk handeln“; europäische Konferenz in Luxemburg mit "
            "rund 120 Teilnehmenden</li><li><b>2016</b> – Stellungnahme zum Bundesverkehrswegeplan 2030</li>"
            "<li><b>2018</b> – Positionspapier zur Raumbeobachtung in Deutschland und den angrenzenden Regionen</li>"
            "<li><b>2019</b> – Position zum Europäischen grenzüberschreitenden Mechanismus (ECBM)</li>"
            "<li><b>2022</b> – Positionspapier „Grenzregionen und Pandemie“</li>"
            "<li><b>2023</b> – Beitrag zur Grenzraumakademie in Berlin</li></ul>",
            en='<ul><li><b>2011</b> – founded in Berlin; final report "Metropolitane Grenzregionen"</li>'
            '<li><b>2012</b> – Luxembourg Theses "Acting as a network"; European conference in Luxembourg with '
            "some 120 participants</li><li><b>2016</b> – statement on the Federal Transport Infrastructure Plan "
            "2030</li><li><b>2018</b> – position paper on spatial monitoring in Germany and its neighbouring "
            "regions</li><li><b>2019</b> – position on the European Cross-Border Mechanism (ECBM)</li>"
            '<li><b>2022</b> – position paper "Border regions and the pandemic"</li>'
            "<li><b>2023</b> – contribution to the Border Area Academy in Berlin</li></ul>",
            fr="<ul><li><b>2011</b> – fondation à Berlin ; rapport final « Metropolitane Grenzregionen »</li>"
            "<li><b>2012</b> – Thèses de Luxembourg « Agir en réseau » ; conférence européenne à Luxembourg avec "
            "quelque 120 participants</li><li><b>2016</b> – avis sur le plan fédéral des infrastructures de "
            "transport 2030</li><li><b>2018</b> – document de position sur l'observation territoriale en "
            "Allemagne et dans les régions voisines</li><li><b>2019</b> – position sur le mécanisme "
            "transfrontalier européen (ECBM)</li><li><b>2022</b> – document de position « Régions frontalières et "
            "pandémie »</li><li><b>2023</b> – contribution à l'Académie des espaces frontaliers à Berlin</li></ul>",
        ),
    ],
}

CHILDREN = [BACKGROUND, GOALS, MEMBERS]
