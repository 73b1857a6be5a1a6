### status: draft

# EXAMPLE-0001 (Croatian): a made-up notice showing every element.

product-analysis-server = Ogledni poslužitelj za analizu

intro = Tvrtka { $issuer } obraća vam se u vezi s *izmišljenim* problemom sa softverom na
    proizvodima navedenima u tablici 1. Ova obavijest, izdana { $issued }, prikazuje sve
    elemente koje fsn nudi.
summary = Softver može prijevremeno zaustaviti izvođenje. Pojedinosti potražite na [oglednoj
    stranici](https://www.example.com/fsn).

step-update = **Ažurirajte softver** na svakom zahvaćenom instrumentu.
step-update-backup = Prije ažuriranja napravite sigurnosnu kopiju podataka.
step-update-verify = Nakon ažuriranja provjerite verziju na zaslonu O programu.
step-form = Ispunite i vratite obrazac za potvrdu.
bullet-contact = Za sva pitanja obratite se na techsupport@example.com.
bullet-forward = Proslijedite ovu obavijest svima koji upotrebljavaju proizvode.
note-network = **NAPOMENA:** ažuriranje ne mijenja vaše mrežne postavke.

form-intro = Ispunite obrazac u nastavku i vratite ga e-poštom.
form-product = Proizvod
form-quantity = Kol.
form-location = Lokacija
form-mark-products = Označite svaki zahvaćeni proizvod koji posjedujete.
form-row-spare-units = Rezervne jedinice na skladištu
form-choice-question = Kako je instrument povezan?
form-choice-online = Na mreži
form-choice-offline = Izvan mreže
form-choice-retired = Povučen iz uporabe
form-actions-heading = Poduzete mjere
form-reason-no-access = Nema pristupa instrumentu
form-reason-scheduled = Planirano za kasnije
form-q-received = Potvrđujem da sam primio/primila obavijest { $notice-id } te da sam
    pročitao/pročitala i razumio/razumjela njezin sadržaj.
form-q-customers-informed = Obavijestio/obavijestila sam identificirane korisnike o ovom
    povlačenju.
form-acknowledge = Potvrđujem da se ažuriranje mora zasebno instalirati na svaki zahvaćeni
    instrument.
