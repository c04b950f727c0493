"""The contact form to the secretariat."""

CONTACT = {
    "key": "kontakt",
    "slug": {"en": "contact", "fr": "contact", "nl": "contact"},
    "title": {"de": "Kontakt", "en": "Contact", "fr": "Contact", "nl": "Contact"},
    "search_description": {
        "de": "Schreiben Sie der Geschäftsstelle des Initiativkreises in Saarbrücken.",
        "en": "Write to the secretariat of the Initiative in Saarbrücken.",
        "fr": "Écrivez au secrétariat de l'Initiative à Sarrebruck.",
        "nl": "Schrijf het secretariaat van het initiatief in Saarbrücken.",
    },
    "intro": {
        "de": "<p>Sie haben eine Frage zum Initiativkreis, zu unseren Positionen oder möchten mitarbeiten? "
        "Schreiben Sie uns – die Geschäftsstelle antwortet in der Regel innerhalb weniger Arbeitstage.</p>"
        "<p><b>Geschäftsstelle des IMeG</b><br/>c/o Planungsbüro Grenzland, Am Grenzpfad 7, 66111 Saarbrücken<br/>"
        'E-Mail: <a href="mailto:info@imeg-demo.eu">info@imeg-demo.eu</a>, Telefon: +49 681 0000 100<br/>'
        "Ansprechpartnerin: Dr. Anna Beispiel</p>",
        "en": "<p>Do you have a question about the Initiative or our positions, or would you like to get involved? "
        "Write to us – the secretariat usually replies within a few working days.</p>"
        "<p><b>IMeG Secretariat</b><br/>c/o Planungsbüro Grenzland, Am Grenzpfad 7, 66111 Saarbrücken, Germany<br/>"
        'Email: <a href="mailto:info@imeg-demo.eu">info@imeg-demo.eu</a>, phone: +49 681 0000 100<br/>'
        "Contact: Dr Anna Beispiel</p>",
        "fr": "<p>Vous avez une question sur l'Initiative ou nos positions, ou vous souhaitez participer ? "
        "Écrivez-nous – le secrétariat répond en général en quelques jours ouvrés.</p>"
        "<p><b>Secrétariat de l'IMeG</b><br/>c/o Planungsbüro Grenzland, Am Grenzpfad 7, 66111 Sarrebruck, "
        'Allemagne<br/>E-mail : <a href="mailto:info@imeg-demo.eu">info@imeg-demo.eu</a>, téléphone : '
        "+49 681 0000 100<br/>Interlocutrice : Dr Anna Beispiel</p>",
        "nl": "<p>Heeft u een vraag over het initiatief of onze standpunten, of wilt u meewerken? Schrijf ons – "
        "het secretariaat antwoordt doorgaans binnen enkele werkdagen.</p>"
        "<p><b>Secretariaat van IMeG</b><br/>c/o Planungsbüro Grenzland, Am Grenzpfad 7, 66111 Saarbrücken, "
        'Duitsland<br/>E-mail: <a href="mailto:info@imeg-demo.eu">info@imeg-demo.eu</a>, telefoon: '
        "+49 681 0000 100<br/>Contactpersoon: Dr. Anna Beispiel</p>",
    },
    "thank_you_text": {
        "de": "<p>Vielen Dank für Ihre Nachricht. Die Geschäftsstelle meldet sich so bald wie möglich bei Ihnen.</p>",
        "en": "<p>Thank you for your message. The secretariat will get back to you as soon as possible.</p>",
        "fr": "<p>Merci pour votre message. Le secrétariat vous répondra dans les meilleurs délais.</p>",
        "nl": "<p>Hartelijk dank voor uw bericht. Het secretariaat neemt zo snel mogelijk contact met u op.</p>",
    },
    "subject": {
        "de": "Nachricht über das Kontaktformular der IMeG-Website",
        "en": "Message via the contact form of the IMeG website (English)",
        "fr": "Message via le formulaire de contact du site de l'IMeG (français)",
        "nl": "Bericht via het contactformulier van de IMeG-website (Nederlands)",
    },
    "form_fields": [
        {
            "name": "name",
            "type": "singleline",
            "required": True,
            "label": {"de": "Name", "en": "Name", "fr": "Nom", "nl": "Naam"},
        },
        {
            "name": "email",
            "type": "email",
            "required": True,
            "label": {"de": "E-Mail-Adresse", "en": "Email address", "fr": "Adresse e-mail", "nl": "E-mailadres"},
            "help_text": {
                "de": "Damit wir Ihnen antworten können.",
                "en": "So that we can reply to you.",
                "fr": "Pour que nous puissions vous répondre.",
                "nl": "Zodat we u kunnen antwoorden.",
            },
        },
        {
            "name": "subject",
            "type": "singleline",
            "required": False,
            "label": {"de": "Betreff", "en": "Subject", "fr": "Objet", "nl": "Onderwerp"},
        },
        {
            "name": "message",
            "type": "multiline",
            "required": True,
            "label": {"de": "Nachricht", "en": "Message", "fr": "Message", "nl": "Bericht"},
        },
        {
            "name": "consent",
            "type": "checkbox",
            "required": True,
            "label": {
                "de": "Ich bin einverstanden, dass meine Angaben zur Beantwortung meiner Anfrage gespeichert und per "
                "E-Mail an die Geschäftsstelle gesendet werden.",
                "en": "I agree that my details will be stored and sent by email to the secretariat so that my "
                "enquiry can be answered.",
                "fr": "J'accepte que mes données soient enregistrées et transmises par e-mail au secrétariat afin "
                "de répondre à ma demande.",
                "nl": "Ik ga ermee akkoord dat mijn gegevens worden opgeslagen en per e-mail naar het secretariaat "
                "worden gestuurd om mijn vraag te beantwoorden.",
            },
            "help_text": {
                "de": "Einzelheiten finden Sie in der Datenschutzerklärung.",
                "en": "You will find the details in our privacy notice.",
                "fr": "Vous trouverez les détails dans notre politique de protection des données.",
                "nl": "De details vindt u in onze privacyverklaring.",
            },
        },
    ],
}
