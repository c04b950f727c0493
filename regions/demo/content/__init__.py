"""Texts and figures of the four IMeG regions for the demo site, in German, English, French and Dutch.

Figures and sources follow the public facts in the project's notes. Where those give no reference year
(Euregio Maas-Rhein, Großregion), the demo assumes a recent one: demo data, not a statistic to quote.
Outlines are approximate sketches for the overview map, not official boundaries.
"""

from regions.demo.content.bodensee import BODENSEE
from regions.demo.content.euregio_maas_rhein import EUREGIO
from regions.demo.content.grossregion import GROSSREGION
from regions.demo.content.oberrhein import OBERRHEIN

PARENT_KEY = "metropolitane-grenzregionen"

INDEX = {
    "key": "imeg-regionen",
    "title": {"de": "IMeG-Regionen", "en": "IMeG regions", "fr": "Régions de l'IMeG", "nl": "IMeG-regio's"},
    "slug": {"en": "imeg-regions", "fr": "regions-imeg", "nl": "imeg-regios"},
    "search_description": {
        "de": "Die vier Mitgliedsregionen des IMeG auf der Karte, mit ihren Kennzahlen im Vergleich.",
        "en": "The four member regions of IMeG on a map, with their key figures compared.",
        "fr": "Les quatre régions membres de l'IMeG sur une carte, avec leurs chiffres clés comparés.",
        "nl": "De vier lidregio's van IMeG op de kaart, met hun kerncijfers naast elkaar.",
    },
    "intro": {
        "de": "Vier metropolitane Grenzregionen an der West- und Südgrenze Deutschlands bilden den Initiativkreis: "
        "von Aachen und Maastricht bis an den Bodensee.",
        "en": "Four metropolitan border regions on Germany's western and southern borders make up the Initiative: "
        "from Aachen and Maastricht to Lake Constance.",
        "fr": "Quatre régions métropolitaines transfrontalières, aux frontières ouest et sud de l'Allemagne, forment "
        "l'Initiative : d'Aix-la-Chapelle et Maastricht jusqu'au lac de Constance.",
        "nl": "Vier metropolitane grensregio's aan de west- en zuidgrens van Duitsland vormen het Initiatief: "
        "van Aken en Maastricht tot aan het Bodenmeer.",
    },
    "data_note": {
        "de": "Landesgrenzen: Natural Earth (gemeinfrei), vereinfacht. Die Umrisse der Regionen sind ungefähr und "
        "nur zur Orientierung gezeichnet. Kennzahlen: jeweils neuester Wert mit Jahr und Quelle; die "
        "Bevölkerungsdichte ist aus Einwohnerzahl und Fläche berechnet. Die Zahlen der Regionen stammen aus "
        "unterschiedlichen Jahren und Quellen und sind deshalb nur eingeschränkt vergleichbar.",
        "en": "Country borders: Natural Earth (public domain), simplified. The outlines of the regions are "
        "approximate and drawn for orientation only. Key figures: the latest value of each, with year and source; "
        "population density is calculated from population and area. The regions' figures come from different "
        "years and sources and can only be compared with care.",
        "fr": "Frontières : Natural Earth (domaine public), simplifiées. Les contours des régions sont approximatifs "
        "et servent seulement à s'orienter. Chiffres clés : la valeur la plus récente, avec l'année et la source ; "
        "la densité est calculée à partir de la population et de la superficie. Les chiffres des régions "
        "proviennent d'années et de sources différentes et ne se comparent qu'avec prudence.",
        "nl": "Landsgrenzen: Natural Earth (publiek domein), vereenvoudigd. De contouren van de regio's zijn bij "
        "benadering en alleen ter oriëntatie getekend. Kerncijfers: telkens de nieuwste waarde met jaar en bron; "
        "de bevolkingsdichtheid is berekend uit inwonertal en oppervlakte. De cijfers van de regio's komen uit "
        "verschillende jaren en bronnen en zijn daardoor maar beperkt vergelijkbaar.",
    },
}

REGIONS = [EUREGIO, GROSSREGION, OBERRHEIN, BODENSEE]
