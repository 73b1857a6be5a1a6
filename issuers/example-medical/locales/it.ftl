### status: draft

# Example Medical (italiano): un fabbricante inventato; nessuno ha revisionato questo file.
signatory-head-of-regulatory-affairs = Responsabile degli affari regolatori
legal = © { $year } Example Medical GmbH, un'azienda inventata. Musterstraße 1, 12345
    Musterstadt, Germania. [www.example.com](https://www.example.com)

# The letterhead's country line and the footer line of every page.
letterhead-country = Germania
footer-fictional = Example Medical GmbH è un **fabbricante fittizio**; questo avviso, i suoi prodotti,
    persone e numeri sono inventati.
