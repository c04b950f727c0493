"""The page on metropolitan border regions in Europe, with the four IMeG regions at a glance."""

from imeg.demo.content import facts_table, heading, image, paragraph

IN_EUROPE = {
    "key": "in-europa",
    "slug": {"en": "in-europe", "fr": "en-europe", "nl": "in-europa"},
    "title": {"de": "In Europa", "en": "In Europe", "fr": "En Europe", "nl": "In Europa"},
    "intro": {
        "de": "Binnengrenzregionen bedecken rund 40 Prozent der Fläche der Europäischen Union, und fast ein Drittel "
        "ihrer Bevölkerung lebt dort. Ob Europa zusammenwächst, entscheidet sich auch hier.",
        "en": "Internal border regions cover about 40 per cent of the European Union's territory and are home to "
        "almost a third of its population. Whether Europe grows together is decided here too.",
        "fr": "Les régions des frontières intérieures couvrent environ 40 % du territoire de l'Union européenne "
        "et abritent près d'un tiers de sa population. C'est aussi là que se joue l'intégration européenne.",
        "nl": "Binnengrensregio's beslaan ongeveer 40 procent van het grondgebied van de Europese Unie en bijna "
        "een derde van de bevolking woont er. Of Europa naar elkaar toe groeit, wordt ook hier beslist.",
    },
    "search_description": {
        "de": "Grenzregionen in Europa: Zahlen, Förderung durch Interreg und die vier IMeG-Regionen im Vergleich.",
        "en": "Border regions in Europe: figures, Interreg funding and the four IMeG regions compared.",
        "fr": "Les régions frontalières en Europe : chiffres, Interreg et comparaison des quatre régions de l'IMeG.",
        "nl": "Grensregio's in Europa: cijfers, Interreg en de vier IMeG-regio's vergeleken.",
    },
    "body": [
        heading(
            de="Europas Grenzregionen",
            en="Europe's border regions",
            fr="Les régions frontalières d'Europe",
            nl="De grensregio's van Europa",
        ),
        paragraph(
            de="<p>Nach Angaben der Europäischen Kommission machen die Regionen an den Binnengrenzen rund 40 Prozent "
            "der Fläche der EU aus; knapp 30 Prozent der Bevölkerung leben dort. Seit 1990 fördert die EU mit "
            "Interreg die Zusammenarbeit über Grenzen hinweg. Mit dem Europäischen Verbund für territoriale "
            "Zusammenarbeit (EVTZ) können Partner ihrer Kooperation eine eigene Rechtsform geben – die Euregio "
            "Maas-Rhein hat das 2019 getan.</p>",
            en="<p>According to the European Commission, regions along internal borders make up about 40 per cent "
            "of the EU's territory and are home to almost 30 per cent of its population. Since 1990 the EU has "
            "funded cooperation across borders through Interreg. With the European Grouping of Territorial "
            "Cooperation (EGTC), partners can give their cooperation a legal form of its own – as the Euregio "
            "Meuse-Rhine did in 2019.</p>",
            fr="<p>Selon la Commission européenne, les régions situées le long des frontières intérieures "
            "représentent environ 40 % du territoire de l'UE et près de 30 % de sa population. Depuis 1990, l'UE "
            "soutient la coopération transfrontalière avec Interreg. Le groupement européen de coopération "
            "territoriale (GECT) permet aux partenaires de doter leur coopération d'une forme juridique propre – "
            "ce qu'a fait l'Euregio Meuse-Rhin en 2019.</p>",
            nl="<p>Volgens de Europese Commissie beslaan de regio's langs de binnengrenzen ongeveer 40 procent van "
            "het grondgebied van de EU en woont er bijna 30 procent van de bevolking. Sinds 1990 ondersteunt de "
            "EU grensoverschrijdende samenwerking met Interreg. Met de Europese groepering voor territoriale "
            "samenwerking (EGTS) kunnen partners hun samenwerking een eigen rechtsvorm geven – zoals de Euregio "
            "Maas-Rijn in 2019 deed.</p>",
        ),
        image("europa"),
        heading(
            de="Vier Regionen im Überblick",
            en="Four regions at a glance",
            fr="Quatre régions en bref",
            nl="Vier regio's in één oogopslag",
        ),
        facts_table(
            [
                {"de": "Region", "en": "Region", "fr": "Région", "nl": "Regio"},
                {"de": "Staaten", "en": "Countries", "fr": "Pays", "nl": "Landen"},
                {"de": "Einwohner", "en": "Inhabitants", "fr": "Habitants", "nl": "Inwoners"},
                {"de": "Einrichtung (Sitz)", "en": "Body (seat)", "fr": "Instance (siège)", "nl": "Orgaan (zetel)"},
            ],
            [
                [
                    {
                        "de": "Euregio Maas-Rhein",
                        "en": "Euregio Meuse-Rhine",
                        "fr": "Euregio Meuse-Rhin",
                        "nl": "Euregio Maas-Rijn",
                    },
                    "BE, NL, DE",
                    {"de": "3,7–4 Mio.", "en": "3.7–4 million", "fr": "3,7 à 4 millions", "nl": "3,7–4 miljoen"},
                    {
                        "de": "Euregio Maas-Rhein, EVTZ (Eupen)",
                        "en": "Euregio Meuse-Rhine, EGTC (Eupen)",
                        "fr": "Euregio Meuse-Rhin, GECT (Eupen)",
                        "nl": "Euregio Maas-Rijn, EGTS (Eupen)",
                    },
                ],
                [
                    {"de": "Großregion", "en": "Greater Region", "fr": "Grande Région", "nl": "Grote Regio"},
                    "DE, FR, LU, BE",
                    {"de": "11,6 Mio.", "en": "11.6 million", "fr": "11,6 millions", "nl": "11,6 miljoen"},
                    {
                        "de": "Gipfel der Großregion (Luxemburg)",
                        "en": "Summit of the Greater Region (Luxembourg)",
                        "fr": "Sommet de la Grande Région (Luxembourg)",
                        "nl": "Top van de Grote Regio (Luxemburg)",
                    },
                ],
                [
                    {
                        "de": "Trinationale Metropolregion Oberrhein",
                        "en": "Trinational Metropolitan Region of the Upper Rhine",
                        "fr": "Région métropolitaine trinationale du Rhin supérieur",
                        "nl": "Trinationale Metropoolregio Boven-Rijn",
                    },
                    "DE, FR, CH",
                    {"de": "6,1 Mio.", "en": "6.1 million", "fr": "6,1 millions", "nl": "6,1 miljoen"},
                    {
                        "de": "Oberrheinkonferenz (Kehl)",
                        "en": "Upper Rhine Conference (Kehl)",
                        "fr": "Conférence du Rhin supérieur (Kehl)",
                        "nl": "Boven-Rijnconferentie (Kehl)",
                    },
                ],
                [
                    {
                        "de": "Bodenseeregion",
                        "en": "Lake Constance region",
                        "fr": "Région du lac de Constance",
                        "nl": "Bodenmeerregio",
                    },
                    "DE, AT, CH, LI",
                    {
                        "de": "4,3 Mio. (2023)",
                        "en": "4.3 million (2023)",
                        "fr": "4,3 millions (2023)",
                        "nl": "4,3 miljoen (2023)",
                    },
                    {
                        "de": "Internationale Bodensee-Konferenz (Konstanz)",
                        "en": "International Lake Constance Conference (Konstanz)",
                        "fr": "Conférence internationale du lac de Constance (Constance)",
                        "nl": "Internationale Bodenmeerconferentie (Konstanz)",
                    },
                ],
            ],
            de=(
                "Die vier IMeG-Regionen",
                "Quellen: Stadt Aachen; Arbeitskammer des Saarlandes; Trinationale "
                "Metropolregion Oberrhein; Statistik der Internationalen Bodensee-Konferenz (2023). Gerundet, "
                "Bezugsjahre unterschiedlich.",
            ),
            en=(
                "The four IMeG regions",
                "Sources: City of Aachen; Saarland Chamber of Labour; Trinational "
                "Metropolitan Region of the Upper Rhine; International Lake Constance Conference statistics (2023). "
                "Rounded; reference years differ.",
            ),
            fr=(
                "Les quatre régions de l'IMeG",
                "Sources : ville d'Aix-la-Chapelle ; Chambre du travail de la "
                "Sarre ; Région métropolitaine trinationale du Rhin supérieur ; statistiques de la Conférence "
                "internationale du lac de Constance (2023). Chiffres arrondis, années de référence différentes.",
            ),
            nl=(
                "De vier IMeG-regio's",
                "Bronnen: stad Aken; Arbeitskammer des Saarlandes; Trinationale "
                "Metropoolregio Boven-Rijn; statistiek van de Internationale Bodenmeerconferentie (2023). "
                "Afgerond, referentiejaren verschillen.",
            ),
        ),
        heading(
            de="Im Austausch mit Europa",
            en="In dialogue with Europe",
            fr="En dialogue avec l'Europe",
            nl="In gesprek met Europa",
        ),
        paragraph(
            de="<p>Der Initiativkreis sucht den Austausch mit anderen Netzwerken und mit den europäischen "
            "Institutionen: 2016 etwa traf er sich in München mit dem Netzwerk der Europäischen "
            "Metropolregionen, 2017 brachte er sich beim Europäischen Kongress der Kommunen in Krakau ein, und "
            "2019 diskutierte er in Brüssel über Mobilität und Siedlungsentwicklung in metropolitanen "
            "Grenzregionen.</p>",
            en="<p>The Initiative seeks dialogue with other networks and with the European institutions. In 2016, "
            "for example, it met the network of European metropolitan regions in Munich; in 2017 it took part in "
            "the European Congress of Local Governments in Kraków; and in 2019 it discussed mobility and "
            "settlement development in metropolitan border regions in Brussels.</p>",
            fr="<p>L'Initiative recherche le dialogue avec d'autres réseaux et avec les institutions européennes. "
            "En 2016, elle a ainsi rencontré à Munich le réseau des régions métropolitaines européennes ; en "
            "2017, elle a participé au Congrès européen des collectivités locales à Cracovie ; en 2019, elle a "
            "débattu à Bruxelles de la mobilité et de l'urbanisation dans les régions métropolitaines "
            "transfrontalières.</p>",
            nl="<p>Het initiatief zoekt de dialoog met andere netwerken en met de Europese instellingen. In 2016 "
            "ontmoette het bijvoorbeeld in München het netwerk van Europese metropoolregio's, in 2017 nam het deel "
            "aan het Europese Congres van Lokale Overheden in Krakau en in 2019 besprak het in Brussel mobiliteit "
            "en ruimtelijke ontwikkeling in metropolitane grensregio's.</p>",
        ),
    ],
}
