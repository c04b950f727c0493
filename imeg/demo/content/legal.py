"""The pages linked from the footer: legal notice and privacy (accessibility: imeg.demo.content.accessibility)."""

from imeg.demo.content import heading, paragraph
from imeg.demo.content.accessibility import ACCESSIBILITY

# The contact form links its consent hint to this page.
PRIVACY_KEY = "datenschutz"

LEGAL_NOTICE = {
    "key": "impressum",
    "slug": {"en": "legal-notice", "fr": "mentions-legales", "nl": "colofon"},
    "title": {"de": "Impressum", "en": "Legal notice", "fr": "Mentions légales", "nl": "Colofon"},
    "intro": {
        "de": "Angaben zum Anbieter dieser Website nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 "
        "Medienstaatsvertrag (MStV).",
        "en": "Information about the provider of this website under German law (section 5 of the Digital Services "
        "Act, DDG, and section 18 of the Interstate Media Treaty, MStV).",
        "fr": "Informations sur l'éditeur de ce site selon le droit allemand (§ 5 DDG et § 18 MStV).",
        "nl": "Gegevens over de aanbieder van deze website volgens het Duitse recht (§ 5 DDG en § 18 MStV).",
    },
    "search_description": {
        "de": "Impressum der Website des Initiativkreises Metropolitane Grenzregionen.",
        "en": "Legal notice of the website of the Metropolitan Border Regions Initiative.",
        "fr": "Mentions légales du site de l'Initiative des régions métropolitaines transfrontalières.",
        "nl": "Colofon van de website van het Initiatief Metropolitane Grensregio's.",
    },
    "body": [
        heading(de="Anbieter", en="Provider", fr="Éditeur", nl="Aanbieder"),
        paragraph(
            de="<p>Initiativkreis Metropolitane Grenzregionen (IMeG), vertreten durch seine Geschäftsstelle:<br/>"
            "Planungsbüro Grenzland GmbH<br/>Am Grenzpfad 7<br/>66111 Saarbrücken</p>"
            "<p>Geschäftsführerin: Dr. Anna Beispiel<br/>Registergericht: Amtsgericht Saarbrücken, HRB 00000<br/>"
            "Telefon: +49 681 0000 100<br/>E-Mail: info@imeg-demo.eu</p>",
            en="<p>Metropolitan Border Regions Initiative (IMeG), represented by its secretariat:<br/>"
            "Planungsbüro Grenzland GmbH<br/>Am Grenzpfad 7<br/>66111 Saarbrücken, Germany</p>"
            "<p>Managing director: Dr Anna Beispiel<br/>Register court: Amtsgericht Saarbrücken, HRB 00000<br/>"
            "Phone: +49 681 0000 100<br/>Email: info@imeg-demo.eu</p>",
            fr="<p>Initiative des régions métropolitaines transfrontalières (IMeG), représentée par son "
            "secrétariat :<br/>Planungsbüro Grenzland GmbH<br/>Am Grenzpfad 7<br/>66111 Sarrebruck, Allemagne</p>"
            "<p>Gérante : Dr Anna Beispiel<br/>Registre du commerce : Amtsgericht Saarbrücken, HRB 00000<br/>"
            "Téléphone : +49 681 0000 100<br/>E-mail : info@imeg-demo.eu</p>",
            nl="<p>Initiatief Metropolitane Grensregio's (IMeG), vertegenwoordigd door het secretariaat:<br/>"
            "Planungsbüro Grenzland GmbH<br/>Am Grenzpfad 7<br/>66111 Saarbrücken, Duitsland</p>"
            "<p>Directeur: Dr. Anna Beispiel<br/>Handelsregister: Amtsgericht Saarbrücken, HRB 00000<br/>"
            "Telefoon: +49 681 0000 100<br/>E-mail: info@imeg-demo.eu</p>",
        ),
        heading(
            de="Verantwortlich für den Inhalt",
            en="Responsible for content",
            fr="Responsable du contenu",
            nl="Verantwoordelijk voor de inhoud",
        ),
        paragraph(
            de="<p>Verantwortlich nach § 18 Abs. 2 MStV: Dr. Anna Beispiel, Anschrift wie oben.</p>"
            "<p>Die Inhalte erstellen die Mitglieder des Initiativkreises gemeinsam. Positionspapiere und "
            "Stellungnahmen geben die abgestimmte Haltung der Mitglieder zum Zeitpunkt ihrer Veröffentlichung "
            "wieder.</p>",
            en="<p>Responsible under section 18(2) MStV: Dr Anna Beispiel, address as above.</p>"
            "<p>The content is written jointly by the members of the Initiative. Position papers and statements "
            "reflect the members' agreed view at the time of publication.</p>",
            fr="<p>Responsable au sens du § 18, al. 2 MStV : Dr Anna Beispiel, adresse ci-dessus.</p>"
            "<p>Les contenus sont rédigés en commun par les membres de l'Initiative. Les documents de position et "
            "les avis reflètent la position convenue des membres au moment de leur publication.</p>",
            nl="<p>Verantwoordelijk volgens § 18 lid 2 MStV: Dr. Anna Beispiel, adres zie boven.</p>"
            "<p>De inhoud wordt gezamenlijk geschreven door de leden van het initiatief. Standpuntnota's en "
            "adviezen geven het afgestemde standpunt van de leden weer op het moment van publicatie.</p>",
        ),
        heading(
            de="Links auf andere Websites",
            en="Links to other websites",
            fr="Liens vers d'autres sites",
            nl="Links naar andere websites",
        ),
        paragraph(
            de="<p>Für die Inhalte verlinkter Websites sind allein deren Betreiber verantwortlich. Wir haben die "
            "Seiten beim Verlinken auf erkennbare Rechtsverstöße geprüft; erfahren wir von einer "
            "Rechtsverletzung, entfernen wir den Link umgehend.</p>",
            en="<p>The operators of linked websites alone are responsible for their content. We checked the pages "
            "for obvious legal violations when linking to them; if we learn of an infringement, we will remove "
            "the link immediately.</p>",
            fr="<p>Les exploitants des sites liés sont seuls responsables de leur contenu. Nous avons vérifié ces "
            "pages lors de la création du lien ; si nous apprenons une infraction, nous supprimons le lien sans "
            "délai.</p>",
            nl="<p>Voor de inhoud van gelinkte websites zijn uitsluitend de beheerders daarvan verantwoordelijk. We "
            "hebben de pagina's bij het linken gecontroleerd op duidelijke overtredingen; horen we van een "
            "inbreuk, dan verwijderen we de link onmiddellijk.</p>",
        ),
        heading(
            de="Urheberrecht und Bildnachweise",
            en="Copyright and picture credits",
            fr="Droits d'auteur et crédits",
            nl="Auteursrecht en beeldverantwoording",
        ),
        paragraph(
            de="<p>Texte, Grafiken und Dokumente dieser Website sind urheberrechtlich geschützt. Der Nachweis "
            "steht jeweils beim Bild. Die Illustrationen dieser Demo-Website sind generierte Grafiken des IMeG.</p>"
            "<p><b>Hinweis:</b> Dies ist eine Demonstrationsfassung der Website. Personen, Anschrift, "
            "Telefonnummer und E-Mail-Adressen der Geschäftsstelle sind erfunden.</p>",
            en="<p>The texts, graphics and documents on this website are protected by copyright. Credits are given "
            "with each picture. The illustrations on this demo website are generated graphics by IMeG.</p>"
            "<p><b>Please note:</b> this is a demonstration version of the website. The people, address, phone "
            "number and email addresses of the secretariat are invented.</p>",
            fr="<p>Les textes, graphiques et documents de ce site sont protégés par le droit d'auteur. Les crédits "
            "figurent avec chaque image. Les illustrations de ce site de démonstration sont des graphiques générés "
            "par l'IMeG.</p><p><b>Remarque :</b> ceci est une version de démonstration du site. Les personnes, "
            "l'adresse, le numéro de téléphone et les adresses e-mail du secrétariat sont fictifs.</p>",
            nl="<p>De teksten, afbeeldingen en documenten op deze website zijn auteursrechtelijk beschermd. De "
            "bron staat bij elke afbeelding. De illustraties op deze demowebsite zijn gegenereerde afbeeldingen "
            "van IMeG.</p><p><b>Let op:</b> dit is een demonstratieversie van de website. De personen, het adres, "
            "het telefoonnummer en de e-mailadressen van het secretariaat zijn verzonnen.</p>",
        ),
    ],
}

PRIVACY = {
    "key": PRIVACY_KEY,
    "slug": {"en": "privacy", "fr": "protection-des-donnees", "nl": "privacy"},
    "title": {"de": "Datenschutz", "en": "Privacy", "fr": "Protection des données", "nl": "Privacy"},
    "intro": {
        "de": "Wir verarbeiten so wenige personenbezogene Daten wie möglich: Diese Website setzt keine Cookies und "
        "lädt nichts von anderen Servern.",
        "en": "We process as little personal data as possible: this website sets no cookies and loads nothing "
        "from other servers.",
        "fr": "Nous traitons le moins de données personnelles possible : ce site ne dépose aucun cookie et ne "
        "charge rien depuis d'autres serveurs.",
        "nl": "We verwerken zo weinig persoonsgegevens als mogelijk: deze website plaatst geen cookies en laadt "
        "niets van andere servers.",
    },
    "search_description": {
        "de": "Datenschutzerklärung: keine Cookies, keine fremden Server, Kontaktformular und Ihre Rechte.",
        "en": "Privacy notice: no cookies, no third-party servers, the contact form and your rights.",
        "fr": "Protection des données : pas de cookies, pas de serveurs tiers, formulaire de contact, vos droits.",
        "nl": "Privacyverklaring: geen cookies, geen externe servers, het contactformulier en uw rechten.",
    },
    "body": [
        heading(
            de="Verantwortliche Stelle",
            en="Controller",
            fr="Responsable du traitement",
            nl="Verwerkingsverantwoordelijke",
        ),
        paragraph(
            de="<p>Verantwortlich im Sinne der Datenschutz-Grundverordnung (DSGVO) ist die Geschäftsstelle des "
            "Initiativkreises: Planungsbüro Grenzland GmbH, Am Grenzpfad 7, 66111 Saarbrücken, E-Mail "
            "info@imeg-demo.eu. Unsere Datenschutzbeauftragte erreichen Sie unter datenschutz@imeg-demo.eu.</p>",
            en="<p>The controller within the meaning of the General Data Protection Regulation (GDPR) is the "
            "Initiative's secretariat: Planungsbüro Grenzland GmbH, Am Grenzpfad 7, 66111 Saarbrücken, Germany, "
            "email info@imeg-demo.eu. You can reach our data protection officer at datenschutz@imeg-demo.eu.</p>",
            fr="<p>Le responsable du traitement au sens du règlement général sur la protection des données (RGPD) "
            "est le secrétariat de l'Initiative : Planungsbüro Grenzland GmbH, Am Grenzpfad 7, 66111 Sarrebruck, "
            "Allemagne, e-mail info@imeg-demo.eu. Notre déléguée à la protection des données est joignable à "
            "datenschutz@imeg-demo.eu.</p>",
            nl="<p>Verwerkingsverantwoordelijke in de zin van de Algemene Verordening Gegevensbescherming (AVG) is "
            "het secretariaat van het initiatief: Planungsbüro Grenzland GmbH, Am Grenzpfad 7, 66111 Saarbrücken, "
            "Duitsland, e-mail info@imeg-demo.eu. Onze functionaris voor gegevensbescherming bereikt u via "
            "datenschutz@imeg-demo.eu.</p>",
        ),
        heading(
            de="Keine Cookies, keine fremden Server",
            en="No cookies, no third-party servers",
            fr="Pas de cookies, pas de serveurs tiers",
            nl="Geen cookies, geen externe servers",
        ),
        paragraph(
            de="<p>Diese Website setzt keine Cookies. Schriften, Bilder, Skripte und Karten kommen ausschließlich "
            "von unserem eigenen Server; wir laden keine Inhalte von anderen Anbietern nach und nutzen keine "
            "Analyse- oder Trackingdienste. Von Ihrem Besuch erfährt also niemand außer uns. Nur wer sich als "
            "Redakteurin oder Redakteur im Verwaltungsbereich anmeldet, erhält ein technisch notwendiges "
            "Sitzungs-Cookie.</p>",
            en="<p>This website sets no cookies. Fonts, images, scripts and maps come exclusively from our own "
            "server; we load no content from other providers and use no analytics or tracking services. Nobody "
            "but us learns of your visit. Only editors who log in to the administration area receive a session "
            "cookie that is technically necessary.</p>",
            fr="<p>Ce site ne dépose aucun cookie. Polices, images, scripts et cartes proviennent exclusivement de "
            "notre propre serveur ; nous ne chargeons aucun contenu d'autres fournisseurs et n'utilisons aucun "
            "service d'analyse ou de suivi. Personne d'autre que nous n'a donc connaissance de votre visite. Seuls "
            "les rédacteurs qui se connectent à l'espace d'administration reçoivent un cookie de session "
            "techniquement nécessaire.</p>",
            nl="<p>Deze website plaatst geen cookies. Lettertypen, afbeeldingen, scripts en kaarten komen "
            "uitsluitend van onze eigen server; we laden geen inhoud van andere aanbieders en gebruiken geen "
            "analyse- of trackingdiensten. Niemand behalve wij weet dus van uw bezoek. Alleen redacteuren die "
            "inloggen in de beheeromgeving krijgen een technisch noodzakelijke sessiecookie.</p>",
        ),
        heading(de="Server-Protokolle", en="Server logs", fr="Journaux du serveur", nl="Serverlogbestanden"),
        paragraph(
            de="<p>Beim Aufruf einer Seite verarbeitet unser Webserver technisch notwendige Daten: IP-Adresse, "
            "Datum und Uhrzeit, aufgerufene Adresse, übertragene Datenmenge sowie Browser und Betriebssystem. Wir "
            "nutzen sie nur, um die Website sicher und stabil zu betreiben (Art. 6 Abs. 1 lit. f DSGVO), und "
            "löschen die Protokolle nach 14 Tagen.</p>",
            en="<p>When you open a page, our web server processes technically necessary data: IP address, date and "
            "time, the address requested, the amount of data transferred, and browser and operating system. We "
            "use these data only to run the website securely and reliably (Art. 6(1)(f) GDPR) and delete the logs "
            "after 14 days.</p>",
            fr="<p>Lors de la consultation d'une page, notre serveur traite des données techniquement nécessaires "
            ": adresse IP, date et heure, adresse consultée, volume de données transféré, navigateur et système "
            "d'exploitation. Nous ne les utilisons que pour assurer la sécurité et la stabilité du site (art. 6, "
            "par. 1, point f, RGPD) et supprimons les journaux après 14 jours.</p>",
            nl="<p>Bij het opvragen van een pagina verwerkt onze webserver technisch noodzakelijke gegevens: "
            "IP-adres, datum en tijd, opgevraagd adres, hoeveelheid overgedragen gegevens, browser en "
            "besturingssysteem. We gebruiken ze alleen om de website veilig en stabiel te laten werken (art. 6, "
            "lid 1, onder f AVG) en verwijderen de logbestanden na 14 dagen.</p>",
        ),
        heading(de="Kontaktformular", en="Contact form", fr="Formulaire de contact", nl="Contactformulier"),
        paragraph(
            de="<p>Wenn Sie uns über das Kontaktformular schreiben, speichern wir Ihre Angaben – Name, "
            "E-Mail-Adresse, Betreff und Nachricht – in der Datenbank dieser Website und senden sie per E-Mail an "
            "die Geschäftsstelle. Wir verwenden sie nur, um Ihre Anfrage zu beantworten (Art. 6 Abs. 1 lit. a "
            "DSGVO), und löschen sie, sobald die Anfrage erledigt ist, spätestens nach sechs Monaten.</p>"
            "<p>Zum Schutz vor massenhaft versandten Nachrichten speichern wir für eine Stunde einen nicht "
            "umkehrbaren Prüfwert (Hash) Ihrer IP-Adresse, nicht die Adresse selbst.</p>",
            en="<p>If you write to us using the contact form, we store your details – name, email address, subject "
            "and message – in this website's database and send them by email to the secretariat. We use them "
            "only to answer your enquiry (Art. 6(1)(a) GDPR) and delete them once it has been dealt with, at the "
            "latest after six months.</p>"
            "<p>To protect against mass mailings, we keep a one-way checksum (hash) of your IP address for one "
            "hour, not the address itself.</p>",
            fr="<p>Si vous nous écrivez via le formulaire de contact, nous enregistrons vos données – nom, adresse "
            "e-mail, objet et message – dans la base de données de ce site et les envoyons par e-mail au "
            "secrétariat. Nous ne les utilisons que pour répondre à votre demande (art. 6, par. 1, point a, RGPD) "
            "et les supprimons dès qu'elle est traitée, au plus tard après six mois.</p>"
            "<p>Pour nous protéger des envois en masse, nous conservons pendant une heure une empreinte "
            "irréversible (hash) de votre adresse IP, et non l'adresse elle-même.</p>",
            nl="<p>Als u ons via het contactformulier schrijft, slaan we uw gegevens – naam, e-mailadres, onderwerp "
            "en bericht – op in de database van deze website en sturen we ze per e-mail naar het secretariaat. We "
            "gebruiken ze alleen om uw vraag te beantwoorden (art. 6, lid 1, onder a AVG) en verwijderen ze zodra "
            "die is afgehandeld, uiterlijk na zes maanden.</p>"
            "<p>Ter bescherming tegen massaal verstuurde berichten bewaren we een uur lang een onomkeerbare "
            "controlewaarde (hash) van uw IP-adres, niet het adres zelf.</p>",
        ),
        heading(de="Ihre Rechte", en="Your rights", fr="Vos droits", nl="Uw rechten"),
        paragraph(
            de="<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung, auf "
            "Datenübertragbarkeit und auf Widerspruch (Art. 15 bis 21 DSGVO). Eine Einwilligung können Sie "
            "jederzeit für die Zukunft widerrufen. Außerdem können Sie sich bei einer Aufsichtsbehörde "
            "beschweren, etwa beim Unabhängigen Datenschutzzentrum Saarland.</p>",
            en="<p>You have the right of access, rectification, erasure and restriction of processing, the right "
            "to data portability and the right to object (Art. 15 to 21 GDPR). You may withdraw your consent at "
            "any time with effect for the future. You may also lodge a complaint with a supervisory authority, "
            "such as the Independent Data Protection Centre of Saarland.</p>",
            fr="<p>Vous disposez d'un droit d'accès, de rectification, d'effacement et de limitation du traitement, "
            "d'un droit à la portabilité et d'un droit d'opposition (art. 15 à 21 RGPD). Vous pouvez retirer "
            "votre consentement à tout moment pour l'avenir. Vous pouvez aussi introduire une réclamation auprès "
            "d'une autorité de contrôle, par exemple le centre indépendant de protection des données de la "
            "Sarre.</p>",
            nl="<p>U heeft recht op inzage, rectificatie, wissing en beperking van de verwerking, op "
            "overdraagbaarheid van gegevens en op bezwaar (art. 15 tot en met 21 AVG). Uw toestemming kunt u op "
            "elk moment voor de toekomst intrekken. Ook kunt u een klacht indienen bij een toezichthoudende "
            "autoriteit, zoals het Unabhängiges Datenschutzzentrum Saarland.</p>",
        ),
    ],
}

LEGAL_PAGES = [LEGAL_NOTICE, PRIVACY, ACCESSIBILITY]
