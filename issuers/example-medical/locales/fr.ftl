### status: draft

# Example Medical (français) : un fabricant fictif ; personne n'a relu ce fichier.
signatory-head-of-regulatory-affairs = Responsable des affaires réglementaires
legal = © { $year } Example Medical GmbH, une entreprise fictive. Musterstraße 1, 12345
    Musterstadt, Allemagne. [www.example.com](https://www.example.com)

# The letterhead's country line and the footer line of every page.
letterhead-country = Allemagne
footer-fictional = Example Medical GmbH est un **fabricant fictif** ; cet avis, ses produits, personnes et
    numéros sont inventés.
