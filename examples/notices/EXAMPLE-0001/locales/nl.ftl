### status: draft

# EXAMPLE-0001 (Dutch): a made-up notice showing every element.

product-analysis-server = Voorbeeld-analyseserver

intro = { $issuer } neemt contact met u op over een *fictief* softwareprobleem in de producten
    die in tabel 1 worden vermeld. Deze melding, uitgegeven op { $issued }, toont alle
    elementen die fsn biedt.
summary = De software kan een run voortijdig stoppen. Zie
    de [voorbeeldpagina](https://www.example.com/fsn) voor meer informatie.

step-update = **Werk de software bij** op elk betrokken instrument.
step-update-backup = Maak een back-up van uw gegevens voordat u de update uitvoert.
step-update-verify = Controleer na de update de versie in het scherm Info.
step-form = Vul het verificatieformulier in en stuur het terug.
bullet-contact = Neem bij vragen contact op met techsupport@example.com.
bullet-forward = Stuur deze melding door naar iedereen die de producten gebruikt.
note-network = **OPMERKING:** de update wijzigt uw netwerkinstellingen niet.

form-intro = Vul het onderstaande formulier in en stuur het per e-mail terug.
form-product = Product
form-quantity = Aantal
form-location = Locatie
form-mark-products = Markeer elk betrokken product dat u bezit.
form-row-spare-units = Reserve-eenheden in opslag
form-choice-question = Hoe is het instrument verbonden?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Buiten gebruik gesteld
form-actions-heading = Genomen maatregelen
form-reason-no-access = Geen toegang tot het instrument
form-reason-scheduled = Gepland voor later
form-q-received = Ik bevestig dat ik { $notice-id } heb ontvangen en de inhoud ervan heb
    gelezen en begrepen.
form-q-customers-informed = Ik heb de geïdentificeerde klanten over deze terugroepactie
    geïnformeerd.
form-acknowledge = Ik erken dat de update op elk betrokken instrument afzonderlijk moet worden
    geïnstalleerd.
