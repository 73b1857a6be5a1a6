### status: draft

# Example Medical (Deutsch): ein erfundener Hersteller; niemand hat diese Datei geprüft.
signatory-head-of-regulatory-affairs = Leiterin Regulatory Affairs
legal = © { $year } Example Medical GmbH, ein erfundenes Unternehmen. Musterstraße 1, 12345
    Musterstadt, Deutschland. [www.example.com](https://www.example.com)

# The letterhead's country line and the footer line of every page.
letterhead-country = Deutschland
footer-fictional = Example Medical GmbH ist ein **erfundener Hersteller**; diese Mitteilung, ihre Produkte,
    Personen und Nummern sind erfunden.
