### status: draft

# Example Medical (English): a made-up issuer; nobody has reviewed this file.
signatory-head-of-regulatory-affairs = Head of Regulatory Affairs
legal = © { $year } Example Medical GmbH, a made-up company. Musterstraße 1, 12345 Musterstadt,
    Germany. [www.example.com](https://www.example.com)

# The letterhead's country line and the footer line of every page.
letterhead-country = Germany
footer-fictional = Example Medical GmbH is a **fictional manufacturer**; this notice, its products, people
    and numbers are invented.
