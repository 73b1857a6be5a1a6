### status: draft

# EXAMPLE-0001 (Finnish): a made-up notice showing every element.

product-analysis-server = Esimerkkianalyysipalvelin

intro = { $issuer } ottaa sinuun yhteyttä taulukossa 1 lueteltujen tuotteiden *kuvitteellisen*
    ohjelmisto-ongelman vuoksi. Tämä { $issued } julkaistu ilmoitus esittelee kaikki fsn:n
    tarjoamat elementit.
summary = Ohjelmisto saattaa keskeyttää ajon ennenaikaisesti. Lisätietoja
    on [esimerkkisivulla](https://www.example.com/fsn).

step-update = **Päivitä ohjelmisto** jokaiseen asianomaiseen laitteeseen.
step-update-backup = Varmuuskopioi tietosi ennen päivitystä.
step-update-verify = Tarkista päivityksen jälkeen versio Tietoja-näytöstä.
step-form = Täytä vahvistuslomake ja palauta se.
bullet-contact = Jos sinulla on kysyttävää, ota yhteyttä osoitteeseen techsupport@example.com.
bullet-forward = Välitä tämä ilmoitus kaikille tuotteiden käyttäjille.
note-network = **HUOMAUTUS:** päivitys ei muuta verkkoasetuksiasi.

form-intro = Täytä alla oleva lomake ja palauta se sähköpostitse.
form-product = Tuote
form-quantity = Määrä
form-location = Sijainti
form-mark-products = Merkitse jokainen omistamasi asianomainen tuote.
form-row-spare-units = Varastossa olevat varalaitteet
form-choice-question = Miten laite on yhdistetty?
form-choice-online = Verkossa
form-choice-offline = Ei verkossa
form-choice-retired = Poistettu käytöstä
form-actions-heading = Suoritetut toimenpiteet
form-reason-no-access = Ei pääsyä laitteeseen
form-reason-scheduled = Ajoitettu myöhemmäksi
form-q-received = Vahvistan vastaanottaneeni ilmoituksen { $notice-id } sekä lukeneeni ja
    ymmärtäneeni sen sisällön.
form-q-customers-informed = Olen ilmoittanut tunnistetuille asiakkaille tästä takaisinvedosta.
form-acknowledge = Ymmärrän, että päivitys on asennettava erikseen jokaiseen asianomaiseen
    laitteeseen.
