### status: draft

# Example Medical (Deutsch): ein erfundener Hersteller; niemand hat diese Datei geprüft.
signatory-head-of-regulatory-affairs = Leiterin Regulatory Affairs
legal = © { $year } Example Medical GmbH, ein erfundenes Unternehmen. Musterstraße 1, 12345
    Musterstadt, Deutschland. [www.example.com](https://www.example.com)
