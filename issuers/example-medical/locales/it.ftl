### status: draft

# Example Medical (italiano): un fabbricante inventato; nessuno ha revisionato questo file.
signatory-head-of-regulatory-affairs = Responsabile degli affari regolatori
legal = © { $year } Example Medical GmbH, un'azienda inventata. Musterstraße 1, 12345
    Musterstadt, Germania. [www.example.com](https://www.example.com)
