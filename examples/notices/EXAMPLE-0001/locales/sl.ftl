### status: draft

# EXAMPLE-0001 (Slovenian): a made-up notice showing every element.

product-analysis-server = Vzorčni strežnik za analizo

intro = Družba { $issuer } se obrača na vas glede *izmišljene* težave s programsko opremo
    izdelkov, navedenih v preglednici 1. To obvestilo, izdano { $issued }, prikazuje vse
    elemente, ki jih ponuja fsn.
summary = Programska oprema lahko predčasno ustavi izvajanje. Podrobnosti najdete na [vzorčni
    strani](https://www.example.com/fsn).

step-update = **Posodobite programsko opremo** na vsakem zadevnem instrumentu.
step-update-backup = Pred posodobitvijo varnostno kopirajte podatke.
step-update-verify = Po posodobitvi preverite različico na zaslonu Vizitka.
step-form = Izpolnite in vrnite obrazec za potrditev.
bullet-contact = Za vsa vprašanja se obrnite na techsupport@example.com.
bullet-forward = To obvestilo posredujte vsem, ki uporabljajo izdelke.
note-network = **OPOMBA:** posodobitev ne spremeni vaših omrežnih nastavitev.

form-intro = Izpolnite spodnji obrazec in ga vrnite po e-pošti.
form-product = Izdelek
form-quantity = Kol.
form-location = Lokacija
form-mark-products = Označite vsak zadevni izdelek, ki ga imate.
form-row-spare-units = Rezervne enote v skladišču
form-choice-question = Kako je instrument povezan?
form-choice-online = Povezan
form-choice-offline = Brez povezave
form-choice-retired = Izločen iz uporabe
form-actions-heading = Izvedeni ukrepi
form-reason-no-access = Ni dostopa do instrumenta
form-reason-scheduled = Načrtovano za pozneje
form-q-received = Potrjujem, da sem prejel(-a) obvestilo { $notice-id } ter prebral(-a) in
    razumel(-a) njegovo vsebino.
form-q-customers-informed = O tem odpoklicu sem obvestil(-a) ugotovljene stranke.
form-acknowledge = Zavedam se, da je treba posodobitev namestiti na vsak zadevni instrument
    posebej.
