"""The accessibility statement (BITV 2.0, WCAG 2.1 AA); not yet translated into French, on purpose."""

from imeg.demo.content import call_to_action, heading, paragraph

ACCESSIBILITY = {
    "key": "barrierefreiheit",
    "slug": {"en": "accessibility", "nl": "toegankelijkheid"},
    "title": {"de": "Barrierefreiheit", "en": "Accessibility", "nl": "Toegankelijkheid"},
    "intro": {
        "de": "Alle Menschen sollen diese Website nutzen können. Hier erfahren Sie, wie barrierefrei sie ist und "
        "wie Sie uns Barrieren melden.",
        "en": "Everyone should be able to use this website. Here you can find out how accessible it is and how to "
        "report barriers to us.",
        "nl": "Iedereen moet deze website kunnen gebruiken. Hier leest u hoe toegankelijk ze is en hoe u ons "
        "drempels kunt melden.",
    },
    "search_description": {
        "de": "Erklärung zur Barrierefreiheit nach BITV 2.0 und WCAG 2.1 AA, mit Feedback-Kontakt.",
        "en": "Accessibility statement under BITV 2.0 and WCAG 2.1 AA, with a feedback contact.",
        "nl": "Toegankelijkheidsverklaring volgens BITV 2.0 en WCAG 2.1 AA, met contact voor feedback.",
    },
    "body": [
        heading(
            de="Stand der Vereinbarkeit",
            en="Compliance status",
            nl="Nalevingsstatus",
        ),
        paragraph(
            de="<p>Diese Erklärung gilt für die Website des Initiativkreises Metropolitane Grenzregionen. Die "
            "Website ist mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und den Web Content "
            "Accessibility Guidelines (WCAG) 2.1 auf Stufe AA weitgehend vereinbar.</p>"
            "<p>Grundlage ist eine Selbstbewertung. Jede Seitenart wird in allen vier Sprachen automatisch in "
            "einem echten Browser geprüft; Tastaturbedienung und Screenreader-Ausgabe testen wir zusätzlich von "
            "Hand.</p>",
            en="<p>This statement applies to the website of the Metropolitan Border Regions Initiative. The website "
            "largely complies with the German Barrier-Free Information Technology Ordinance (BITV 2.0) and the Web "
            "Content Accessibility Guidelines (WCAG) 2.1 at level AA.</p>"
            "<p>It is based on a self-assessment. Every page type is checked automatically in a real browser in "
            "all four languages; we also test keyboard use and screen reader output by hand.</p>",
            nl="<p>Deze verklaring geldt voor de website van het Initiatief Metropolitane Grensregio's. De website "
            "voldoet grotendeels aan de Duitse verordening inzake toegankelijke informatietechnologie (BITV 2.0) "
            "en aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA.</p>"
            "<p>De verklaring berust op een zelfevaluatie. Elk paginatype wordt in alle vier talen automatisch in "
            "een echte browser gecontroleerd; bediening met het toetsenbord en de uitvoer van schermlezers testen "
            "we daarnaast met de hand.</p>",
        ),
        heading(
            de="Nicht barrierefreie Inhalte",
            en="Content that is not accessible",
            nl="Niet-toegankelijke inhoud",
        ),
        paragraph(
            de="<ul><li>Einige ältere PDF-Dokumente, vor allem Veröffentlichungen aus den Jahren 2011 bis 2013, "
            "sind nicht vollständig barrierefrei. Auf Anfrage senden wir Ihnen die Inhalte in einer zugänglichen "
            "Form.</li><li>Nicht alle Seiten liegen in allen Sprachen vor. Fehlt eine Übersetzung, zeigen wir den "
            "deutschen Text, kennzeichnen ihn als deutsch und weisen in Ihrer Sprache darauf hin.</li></ul>",
            en="<ul><li>Some older PDF documents, mainly publications from 2011 to 2013, are not fully accessible. "
            "On request we will send you their content in an accessible form.</li><li>Not all pages are available "
            "in every language. Where a translation is missing, we show the German text, mark it as German and "
            "tell you so in your language.</li></ul>",
            nl="<ul><li>Enkele oudere pdf-documenten, vooral publicaties uit 2011 tot en met 2013, zijn niet "
            "volledig toegankelijk. Op verzoek sturen we u de inhoud in een toegankelijke vorm.</li><li>Niet alle "
            "pagina's zijn in alle talen beschikbaar. Ontbreekt een vertaling, dan tonen we de Duitse tekst, "
            "markeren we die als Duits en melden we dat in uw taal.</li></ul>",
        ),
        heading(de="Barrieren melden", en="Reporting barriers", nl="Drempels melden"),
        paragraph(
            de="<p>Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie Informationen in einer anderen Form? "
            "Schreiben Sie an barrierefreiheit@imeg-demo.eu, rufen Sie uns an unter +49 681 0000 100 oder nutzen "
            "Sie das Kontaktformular. Wir antworten innerhalb von zwei Wochen.</p>",
            en="<p>Have you come across a barrier, or do you need information in another format? Write to "
            "barrierefreiheit@imeg-demo.eu, call us on +49 681 0000 100 or use the contact form. We will reply "
            "within two weeks.</p>",
            nl="<p>Bent u een drempel tegengekomen, of heeft u informatie in een andere vorm nodig? Schrijf naar "
            "barrierefreiheit@imeg-demo.eu, bel ons op +49 681 0000 100 of gebruik het contactformulier. We "
            "antwoorden binnen twee weken.</p>",
        ),
        call_to_action(
            "kontakt",
            de=(
                "Barriere melden",
                "Beschreiben Sie kurz, auf welcher Seite Sie auf welches Problem gestoßen sind.",
                "Zum Kontaktformular",
            ),
            en=(
                "Report a barrier",
                "Briefly describe which problem you came across and on which page.",
                "Go to the contact form",
            ),
            nl=(
                "Drempel melden",
                "Beschrijf kort welk probleem u op welke pagina bent tegengekomen.",
                "Naar het contactformulier",
            ),
        ),
        heading(de="Schlichtungsverfahren", en="Conciliation procedure", nl="Bemiddelingsprocedure"),
        paragraph(
            de="<p>Erhalten Sie auf Ihre Meldung innerhalb von sechs Wochen keine zufriedenstellende Antwort, "
            "können Sie ein Schlichtungsverfahren einleiten, bei Stellen des Bundes etwa bei der Schlichtungsstelle "
            "nach § 16 Behindertengleichstellungsgesetz (BGG). Das Verfahren ist kostenlos, und Sie brauchen "
            "keinen Rechtsbeistand.</p><p>Stand dieser Erklärung: November 2026.</p>",
            en="<p>If you do not receive a satisfactory answer to your report within six weeks, you can start a "
            "conciliation procedure – for federal bodies, for example, with the conciliation body under section "
            "16 of the German Disability Equality Act (BGG). The procedure is free of charge and you do not need "
            "a lawyer.</p><p>This statement was last reviewed in November 2026.</p>",
            nl="<p>Krijgt u binnen zes weken geen bevredigend antwoord op uw melding, dan kunt u een "
            "bemiddelingsprocedure starten – voor federale instanties bijvoorbeeld bij de bemiddelingsinstantie "
            "volgens § 16 van de Duitse wet op de gelijkstelling van mensen met een handicap (BGG). De procedure is "
            "gratis en u heeft geen advocaat nodig.</p><p>Stand van deze verklaring: november 2026.</p>",
        ),
    ],
}
