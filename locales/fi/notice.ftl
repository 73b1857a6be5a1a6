### status: draft

# Shared boilerplate of every notice (Finnish).

# Letter opening and closing.
salutation = Hyvä asiakas
closing = Ystävällisin terveisin

# Label beside the title, and the title lines (largest first).
label-recall = Takaisinveto
title-quality-notification = Laatuilmoitus
title-urgent-device-recall = Kiireellinen lääkinnällisen laitteen takaisinveto
title-urgent-safety-notice = Kiireellinen turvallisuusilmoitus

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Taulukko 1: Asianomaiset tuotteet
product-table-name = Asianomainen tuote
product-table-catalog = Luettelonumero
product-table-udi-di = Yksilöllinen laitetunniste – Laitetunniste
product-table-version = Ohjelmistoversio
product-table-serials = Sarjanumerot
udi-di-not-available = Ei saatavilla

# Section headings of the letter.
section-summary = Yhteenveto ongelmasta
section-issuer-actions = { $issuer }-yhtiön toimenpiteet
section-customer-actions = Asiakkaan toimenpiteet

# The "why you are receiving this notice" box.
why-heading = Miksi saat tämän ilmoituksen
why-body-contact = Saat tämän ilmoituksen, koska tietojemme mukaan olet organisaatiosi
    yhteyshenkilö tuotemuutoksia, tuotteiden valmistuksen lopettamista ja laatuongelmia
    koskevissa asioissa.
why-body-marketing = Huomaa, että nämä ilmoitukset sisältävät olennaisia tietoja tuotteistamme
    eivätkä ne ole markkinointiviestintää. Siksi voit saada näitä ilmoituksia, vaikka olisit
    kieltäytynyt { $issuer }-yhtiön markkinointiviestinnästä. Jos et ole organisaatiosi oikea
    yhteyshenkilö tällaisten ilmoitusten vastaanottamiseen, voit peruuttaa ilmoitusten
    tilauksen [lähettämällä tämän lomakkeen]({ $link-unsubscribe }). Lisätietoja
    on [tietosuojakäytännössämme]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Tekninen tuki:
contact-customer-care = Asiakaspalvelu:
page-label = Sivu { $page }/{ $total }
intended-use-ivd = In vitro -diagnostiseen käyttöön. Ei saatavilla kaikissa maissa ja kaikilla
    alueilla.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Vahvistuslomake
form-title = Vahvistuslomake
form-company-name = Yrityksen nimi
form-person-heading = Lomakkeen täyttäjän tiedot
form-person-name = Nimi:
form-person-title = Tehtävänimike:
form-date = Päivämäärä ({ date-placeholder }):
form-serial-numbers = Sarjanumero(t)
form-customer-responses = Asiakkaan vastaukset
form-distributor-responses = Jakelijan/maahantuojan vastaukset

# Answer boxes of the form.
form-yes = Kyllä
form-no = Ei
form-not-applicable = Ei sovellettavissa

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Tehty
form-not-done = Ei tehty
form-other-reason = Muu:

# Signature cells at the end of the form.
form-signature = Lomakkeen täyttäjän allekirjoitus
form-signature-date = Päivämäärä
