"""The Euregio Maas-Rhein (Belgium, the Netherlands, Germany)."""

from imeg.demo.content import heading, paragraph
from regions.demo.content.images import image

EUREGIO = {
    "key": "euregio-maas-rhein",
    "title": {
        "de": "Euregio Maas-Rhein",
        "en": "Euregio Meuse-Rhine",
        "fr": "Euregio Meuse-Rhin",
        "nl": "Euregio Maas-Rijn",
    },
    "slug": {"en": "euregio-meuse-rhine", "fr": "euregio-meuse-rhin", "nl": "euregio-maas-rijn"},
    "short_name": {"de": "Maas-Rhein", "en": "Meuse-Rhine", "fr": "Meuse-Rhin", "nl": "Maas-Rijn"},
    "full_name": {
        "de": "Euregio Maas-Rhein",
        "en": "Euregio Meuse-Rhine",
        "fr": "Euregio Meuse-Rhin",
        "nl": "Euregio Maas-Rijn",
    },
    "intro": {
        "de": "Drei Länder, drei Sprachen, fünf Partnerregionen: Die Euregio Maas-Rhein verbindet Aachen, Maastricht, "
        "Heerlen, Lüttich und Hasselt.",
        "en": "Three countries, three languages, five partner regions: the Euregio Meuse-Rhine links Aachen, "
        "Maastricht, "
        "Heerlen, Liège and Hasselt.",
        "fr": "Trois pays, trois langues, cinq régions partenaires : l'Euregio Meuse-Rhin relie Aix-la-Chapelle, "
        "Maastricht, Heerlen, Liège et Hasselt.",
        "nl": "Drie landen, drie talen, vijf partnerregio's: de Euregio Maas-Rijn verbindt Aken, Maastricht, Heerlen, "
        "Luik en Hasselt.",
    },
    "countries": ["BE", "NL", "DE"],
    "participating_areas": {
        "de": "Region Aachen\nSüd-Limburg\nBelgisch-Limburg\nProvinz Lüttich\nDeutschsprachige Gemeinschaft Belgiens",
        "en": "Aachen region\nSouth Limburg\nBelgian Limburg\nProvince of Liège\nGerman-speaking Community of Belgium",
        "fr": "Région d'Aix-la-Chapelle\nLimbourg du Sud\nLimbourg belge\nProvince de Liège\n"
        "Communauté germanophone de Belgique",
        "nl": "Regio Aken\nZuid-Limburg\nBelgisch Limburg\nProvincie Luik\nDuitstalige Gemeenschap van België",
    },
    "core_cities": {
        "de": "Aachen\nMaastricht\nHeerlen\nLüttich\nHasselt",
        "en": "Aachen\nMaastricht\nHeerlen\nLiège\nHasselt",
        "fr": "Aix-la-Chapelle\nMaastricht\nHeerlen\nLiège\nHasselt",
        "nl": "Aken\nMaastricht\nHeerlen\nLuik\nHasselt",
    },
    "founding_year": 1976,
    "cross_border_body": {
        "de": "Euregio Maas-Rhein (EVTZ seit 2019)",
        "en": "Euregio Meuse-Rhine (EGTC since 2019)",
        "fr": "Euregio Meuse-Rhin (GECT depuis 2019)",
        "nl": "Euregio Maas-Rijn (EGTS sinds 2019)",
    },
    "cross_border_body_seat": {"de": "Eupen", "en": "Eupen", "fr": "Eupen", "nl": "Eupen"},
    "members": [
        (
            {
                "de": "Zweckverband Region Aachen",
                "en": "Aachen Region Association",
                "fr": "Syndicat intercommunal Région d'Aix-la-Chapelle",
                "nl": "Samenwerkingsverband Regio Aken",
            },
            "",
        )
    ],
    "figures": [
        (
            "population",
            2020,
            3_900_000,
            {"de": "Stadt Aachen", "en": "City of Aachen", "fr": "Ville d'Aix-la-Chapelle", "nl": "Stad Aken"},
            "",
        ),
        (
            "area",
            2020,
            11_000,
            {"de": "Stadt Aachen", "en": "City of Aachen", "fr": "Ville d'Aix-la-Chapelle", "nl": "Stad Aken"},
            "",
        ),
    ],
    "outline": "[[5.0,50.75],[5.1,51.1],[5.5,51.25],[5.85,51.1],[6.2,51.17],[6.55,50.95],[6.85,50.6],[6.6,50.35],"
    "[6.2,50.25],[5.8,50.15],[5.4,50.35],[5.0,50.55]]",
    "image": image(
        "region-euregio-maas-rhein",
        "Dreiländerpunkt bei Vaals",
        "landscape",
        "river",
        {
            "de": "Gezeichnete Hügellandschaft mit einem Fluss, im Hintergrund die Silhouette einer Stadt",
            "en": "Drawn hills with a river, a city skyline in the distance",
            "fr": "Paysage de collines dessiné avec une rivière, la silhouette d'une ville au loin",
            "nl": "Getekend heuvellandschap met een rivier, in de verte het silhouet van een stad",
        },
        {
            "de": "Vom Dreiländerpunkt bei Vaals schweift der Blick hinüber nach Aachen",
            "en": "From the three-country point near Vaals the view sweeps across to Aachen",
            "fr": "Depuis le point des trois frontières près de Vaals, le regard porte jusqu'à Aix-la-Chapelle",
            "nl": "Vanaf het drielandenpunt bij Vaals reikt de blik tot aan Aken",
        },
    ),
    "slide": {
        "caption": {
            "de": "Vom Dreiländerpunkt bei Vaals hinüber nach Aachen",
            "en": "From the three-country point near Vaals across to Aachen",
            "fr": "Du point des trois frontières près de Vaals jusqu'à Aix-la-Chapelle",
            "nl": "Van het drielandenpunt bij Vaals naar Aken",
        },
        "text": {
            "de": "Belgien, die Niederlande und Deutschland treffen sich auf einem Hügel.",
            "en": "Belgium, the Netherlands and Germany meet on one hill.",
            "fr": "La Belgique, les Pays-Bas et l'Allemagne se rejoignent sur une colline.",
            "nl": "België, Nederland en Duitsland ontmoeten elkaar op één heuvel.",
        },
    },
    "body": [
        heading(
            de="Zusammenarbeit seit 1976",
            en="Working together since 1976",
            fr="Une coopération depuis 1976",
            nl="Samenwerking sinds 1976",
        ),
        paragraph(
            de="<p>Die Euregio Maas-Rhein ist eine der ältesten grenzüberschreitenden Regionen Europas. Seit 2019 "
            "arbeitet sie als Europäischer Verbund für territoriale Zusammenarbeit mit Sitz in Eupen.</p>",
            en="<p>The Euregio Meuse-Rhine is one of Europe's oldest cross-border regions. Since 2019 it has worked "
            "as a European Grouping of Territorial Cooperation based in Eupen.</p>",
            fr="<p>L'Euregio Meuse-Rhin est l'une des plus anciennes régions transfrontalières d'Europe. Depuis "
            "2019, elle fonctionne comme groupement européen de coopération territoriale, établi à Eupen.</p>",
            nl="<p>De Euregio Maas-Rijn is een van de oudste grensoverschrijdende regio's van Europa. Sinds 2019 "
            "werkt ze als Europese groepering voor territoriale samenwerking met zetel in Eupen.</p>",
        ),
    ],
}
