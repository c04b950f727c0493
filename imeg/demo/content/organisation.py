"""Pages of the "Initiativkreis" section on the network's goals, members and organisation."""

from imeg.demo.content import facts_table, heading, image, paragraph

GOALS = {
    "key": "ziele",
    "slug": {"en": "goals", "fr": "objectifs", "nl": "doelen"},
    "title": {"de": "Ziele", "en": "Goals", "fr": "Objectifs", "nl": "Doelen"},
    "intro": {
        "de": "Drei Ziele leiten unsere Arbeit: voneinander lernen und gemeinsame Positionen finden, die "
        "Grenzregionen auf die Agenda setzen und die grenzüberschreitende Raumbeobachtung stärken.",
        "en": "Three goals guide our work: learning from each other and agreeing joint positions, putting border "
        "regions on the agenda, and strengthening cross-border spatial monitoring.",
        "fr": "Trois objectifs guident notre travail : apprendre les uns des autres et définir des positions "
        "communes, inscrire les régions frontalières à l'agenda et renforcer l'observation territoriale "
        "transfrontalière.",
        "nl": "Drie doelen sturen ons werk: van elkaar leren en gezamenlijke standpunten bepalen, grensregio's op "
        "de agenda zetten en de grensoverschrijdende ruimtelijke monitoring versterken.",
    },
    "search_description": {
        "de": "Die drei Ziele des Initiativkreises Metropolitane Grenzregionen nach innen und außen.",
        "en": "The three goals of the Metropolitan Border Regions Initiative, inwards and outwards.",
        "fr": "Les trois objectifs de l'Initiative des régions métropolitaines transfrontalières.",
        "nl": "De drie doelen van het Initiatief Metropolitane Grensregio's, naar binnen en naar buiten.",
    },
    "body": [
        heading(
            de="Voneinander lernen, gemeinsam auftreten",
            en="Learning from each other, speaking together",
            fr="Apprendre les uns des autres, s'exprimer ensemble",
            nl="Van elkaar leren, samen optreden",
        ),
        paragraph(
            de="<p>Die Mitglieder stehen vor ähnlichen Fragen – vom grenzüberschreitenden Nahverkehr über die "
            "Siedlungsentwicklung bis zur Abstimmung der Pläne mit den Nachbarn. Im Initiativkreis tauschen sie "
            "Erfahrungen aus und entwickeln daraus gemeinsame Positionen, die mehr Gewicht haben als die Stimme "
            "einer einzelnen Region.</p>",
            en="<p>The members face similar questions, from cross-border public transport and settlement "
            "development to coordinating plans with their neighbours. In the Initiative they share experience and "
            "turn it into joint positions that carry more weight than the voice of any single region.</p>",
            fr="<p>Les membres sont confrontés à des questions semblables, des transports publics transfrontaliers "
            "au développement de l'urbanisation, jusqu'à la coordination des plans avec les voisins. Au sein de "
            "l'Initiative, ils partagent leurs expériences et en tirent des positions communes, qui pèsent plus "
            "lourd que la voix d'une seule région.</p>",
            nl="<p>De leden staan voor vergelijkbare vragen, van grensoverschrijdend openbaar vervoer en "
            "woningbouw tot het afstemmen van plannen met de buren. In het initiatief wisselen ze ervaringen uit "
            "en maken ze daar gezamenlijke standpunten van, die meer gewicht hebben dan de stem van één regio.</p>",
        ),
        heading(
            de="Grenzregionen auf die Agenda setzen",
            en="Putting border regions on the agenda",
            fr="Inscrire les régions frontalières à l'agenda",
            nl="Grensregio's op de agenda zetten",
        ),
        paragraph(
            de="<p>In nationalen Strategien erscheinen Grenzregionen oft als Randlage. Wir zeigen, dass sie starke "
            "Wirtschaftsräume und Werkstätten der europäischen Integration sind. Ihre Anliegen tragen wir in die "
            "Debatten von Bundestag und Bundesregierung, der Ministerkonferenz für Raumordnung und der "
            "Europäischen Union.</p>",
            en="<p>National strategies often treat border regions as peripheral. We show that they are strong "
            "economic areas and workshops of European integration, and we take their concerns into the debates "
            "of the Bundestag and the federal government, the conference of spatial planning ministers and the "
            "European Union.</p>",
            fr="<p>Les stratégies nationales présentent souvent les régions frontalières comme des périphéries. "
            "Nous montrons qu'elles sont des espaces économiques dynamiques et des laboratoires de l'intégration "
            "européenne, et nous portons leurs préoccupations dans les débats du Bundestag, du gouvernement "
            "fédéral, de la conférence des ministres de l'aménagement du territoire et de l'Union européenne.</p>",
            nl="<p>In nationale strategieën worden grensregio's vaak als randgebied gezien. Wij laten zien dat het "
            "sterke economische gebieden en proeftuinen van de Europese integratie zijn, en brengen hun belangen "
            "in bij de Bondsdag, de Duitse regering, de conferentie van ministers van ruimtelijke ordening en de "
            "Europese Unie.</p>",
        ),
        image(
            "ziele",
            de="Wer die eigene Region entwickeln will, muss über die Grenze schauen.",
            en="Developing your own region means looking across the border.",
            fr="Développer sa région, c'est regarder au-delà de la frontière.",
            nl="Wie de eigen regio wil ontwikkelen, moet over de grens kijken.",
        ),
        heading(
            de="Raumbeobachtung und Zusammenarbeit stärken",
            en="Strengthening spatial monitoring and cooperation",
            fr="Renforcer l'observation territoriale et la coopération",
            nl="Ruimtelijke monitoring en samenwerking versterken",
        ),
        paragraph(
            de="<p>Gute Planung braucht verlässliche Zahlen, auch von jenseits der Grenze. Wir setzen uns dafür "
            "ein, dass Daten zu Bevölkerung, Wirtschaft und Pendlerverkehr grenzüberschreitend erhoben, "
            "abgestimmt und veröffentlicht werden. Und wir unterstützen die Planungsträger dabei, ihre Pläne mit "
            "den Nachbarn abzustimmen.</p>",
            en="<p>Good planning needs reliable figures, including from across the border. We push for data on "
            "population, the economy and commuting to be collected, harmonised and published across borders, and "
            "we help planning authorities coordinate their plans with their neighbours.</p>",
            fr="<p>Une bonne planification a besoin de chiffres fiables, y compris de l'autre côté de la frontière. "
            "Nous plaidons pour que les données sur la population, l'économie et les navettes soient collectées, "
            "harmonisées et publiées de manière transfrontalière, et nous aidons les autorités de planification à "
            "coordonner leurs plans avec leurs voisins.</p>",
            nl="<p>Goede planning vraagt om betrouwbare cijfers, ook van over de grens. We zetten ons ervoor in dat "
            "gegevens over bevolking, economie en woon-werkverkeer grensoverschrijdend worden verzameld, "
            "afgestemd en gepubliceerd, en we helpen planningsinstanties hun plannen met de buren af te "
            "stemmen.</p>",
        ),
    ],
}

LAND = {"de": "Land", "en": "Land (state)", "fr": "Land"}
REGIONAL_ASSOCIATION = {"de": "Regionalverband", "en": "Regional association", "fr": "Association régionale"}
BADEN_WUERTTEMBERG = {"de": "Baden-Württemberg", "fr": "Bade-Wurtemberg"}

MEMBERS = {
    "key": "mitglieder-und-organisation",
    "slug": {"en": "members-and-organisation", "fr": "membres-et-organisation"},
    "title": {"de": "Mitglieder und Organisation", "en": "Members and organisation", "fr": "Membres et organisation"},
    "intro": {
        "de": "Im Initiativkreis arbeiten vier Regionalverbände, ein Zweckverband und zwei Länder zusammen. Zwei "
        "Sprecher vertreten das Netzwerk nach außen, die Geschäftsstelle in Saarbrücken hält die Fäden zusammen.",
        "en": "Four regional associations, a special-purpose association and two Länder work together in the "
        "Initiative. Two spokespersons represent the network; the secretariat in Saarbrücken holds it together.",
        "fr": "Quatre associations régionales, un syndicat intercommunal et deux Länder coopèrent au sein de "
        "l'Initiative. Deux porte-parole la représentent ; le secrétariat à Sarrebruck assure la coordination.",
    },
    "search_description": {
        "de": "Die Mitglieder des Initiativkreises, seine Sprecher und die Geschäftsstelle in Saarbrücken.",
        "en": "The members of the Initiative, its spokespersons and the secretariat in Saarbrücken.",
        "fr": "Les membres de l'Initiative, ses porte-parole et le secrétariat à Sarrebruck.",
    },
    "body": [
        heading(de="Unsere Mitglieder", en="Our members", fr="Nos membres"),
        facts_table(
            [
                {"de": "Mitglied", "en": "Member", "fr": "Membre"},
                {"de": "Art", "en": "Type", "fr": "Type"},
                {"de": "Land", "en": "German Land", "fr": "Land"},
                {"de": "Grenzraum (Nachbarstaaten)", "en": "Border area (neighbours)", "fr": "Espace frontalier"},
            ],
            [
                [
                    "Regionalverband Mittlerer Oberrhein",
                    REGIONAL_ASSOCIATION,
                    BADEN_WUERTTEMBERG,
                    {"de": "Oberrhein (FR)", "en": "Upper Rhine (FR)", "fr": "Rhin supérieur (FR)"},
                ],
                [
                    "Regionalverband Südlicher Oberrhein",
                    REGIONAL_ASSOCIATION,
                    BADEN_WUERTTEMBERG,
                    {"de": "Oberrhein (FR, CH)", "en": "Upper Rhine (FR, CH)", "fr": "Rhin supérieur (FR, CH)"},
                ],
                [
                    "Regionalverband Hochrhein-Bodensee",
                    REGIONAL_ASSOCIATION,
                    BADEN_WUERTTEMBERG,
                    {
                        "de": "Hochrhein und Bodensee (CH)",
                        "en": "High Rhine and Lake Constance (CH)",
                        "fr": "Haut-Rhin et lac de Constance (CH)",
                    },
                ],
                [
                    "Regionalverband Bodensee-Oberschwaben",
                    REGIONAL_ASSOCIATION,
                    BADEN_WUERTTEMBERG,
                    {"de": "Bodensee (AT, CH)", "en": "Lake Constance (AT, CH)", "fr": "Lac de Constance (AT, CH)"},
                ],
                [
                    "Zweckverband Region Aachen",
                    {"de": "Zweckverband", "en": "Special-purpose association", "fr": "Syndicat intercommunal"},
                    {"de": "Nordrhein-Westfalen", "en": "North Rhine-Westphalia", "fr": "Rhénanie-du-Nord-Westphalie"},
                    {
                        "de": "Euregio Maas-Rhein (BE, NL)",
                        "en": "Euregio Meuse-Rhine (BE, NL)",
                        "fr": "Euregio Meuse-Rhin (BE, NL)",
                    },
                ],
                [
                    {"de": "Saarland", "fr": "Sarre"},
                    LAND,
                    "–",
                    {"de": "Großregion (FR, LU)", "en": "Greater Region (FR, LU)", "fr": "Grande Région (FR, LU)"},
                ],
                [
                    {"de": "Rheinland-Pfalz", "en": "Rhineland-Palatinate", "fr": "Rhénanie-Palatinat"},
                    LAND,
                    "–",
                    {
                        "de": "Großregion und Oberrhein (FR, LU, BE)",
                        "en": "Greater Region and Upper Rhine (FR, LU, BE)",
                        "fr": "Grande Région et Rhin supérieur (FR, LU, BE)",
                    },
                ],
            ],
            de=("Mitglieder des Initiativkreises", "Stand: 2018; Quelle: Geschäftsstelle des IMeG"),
            en=("Members of the Initiative", "As of 2018; source: IMeG secretariat"),
            fr=("Membres de l'Initiative", "État : 2018 ; source : secrétariat de l'IMeG"),
        ),
        heading(
            de="Sprecher und Geschäftsstelle", en="Spokespersons and secretariat", fr="Porte-parole et secrétariat"
        ),
        paragraph(
            de="<p>Der Initiativkreis ist ein freiwilliger Zusammenschluss ohne eigene Rechtsform. Die Mitglieder "
            "bestimmen aus ihrer Mitte zwei Sprecher, die das Netzwerk nach außen vertreten und die "
            "Mitgliederversammlungen leiten. Entscheidungen fallen gemeinsam und im Konsens.</p>"
            "<p>Die Geschäftsstelle ist bei einem Planungsbüro in Saarbrücken angesiedelt. Sie bereitet Sitzungen "
            "und Veranstaltungen vor, koordiniert Stellungnahmen und Positionspapiere und beantwortet Anfragen. "
            "Ihre Ansprechpartnerin ist Dr. Anna Beispiel.</p>",
            en="<p>The Initiative is a voluntary alliance without a legal form of its own. The members choose two "
            "spokespersons from among themselves, who represent the network and chair the members' meetings. "
            "Decisions are taken together, by consensus.</p>"
            "<p>The secretariat is based at a planning office in Saarbrücken. It prepares meetings and events, "
            "coordinates statements and position papers and answers enquiries. Your contact there is "
            "Dr Anna Beispiel.</p>",
            fr="<p>L'Initiative est une alliance volontaire sans forme juridique propre. Les membres désignent "
            "parmi eux deux porte-parole, qui représentent le réseau et président les assemblées des membres. Les "
            "décisions sont prises ensemble, par consensus.</p>"
            "<p>Le secrétariat est hébergé par un bureau d'études à Sarrebruck. Il prépare les réunions et les "
            "manifestations, coordonne les avis et documents de position et répond aux demandes. Votre "
            "interlocutrice est Dr Anna Beispiel.</p>",
        ),
        heading(de="Mitglied werden", en="Becoming a member", fr="Devenir membre"),
        paragraph(
            de="<p>Der Initiativkreis steht weiteren Regionen und Ländern offen, deren Verflechtungsräume über die "
            "deutsche Staatsgrenze reichen. Wenn Sie mitarbeiten möchten, schreiben Sie der Geschäftsstelle.</p>",
            en="<p>The Initiative is open to further regions and Länder whose functional areas extend across "
            "Germany's borders. If you would like to join, please write to the secretariat.</p>",
            fr="<p>L'Initiative est ouverte à d'autres régions et Länder dont l'espace fonctionnel dépasse les "
            "frontières de l'Allemagne. Si vous souhaitez nous rejoindre, écrivez au secrétariat.</p>",
        ),
    ],
}
