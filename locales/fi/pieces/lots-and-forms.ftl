### status: draft

# Lots, serial numbers and form pieces shared by every notice (Finnish).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Taulukko 2: Asianomaiset erät ja sarjanumerot
lot-table-product = Tuote
lot-table-lot = Erä
lot-table-serial = Sarjanumero
lot-table-expiry = Viimeinen käyttöpäivä
lot-table-manufactured = Valmistuspäivä
lot-table-udi = UDI
lot-serial-range = { $first } – { $last }
annex-lots-heading = Liite A: Asianomaiset erät ja sarjanumerot
annex-lots-reference = Asianomaiset erät ja sarjanumerot luetellaan tämän kirjeen lopussa olevassa liitteessä A.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Hävitystodistus
form-destruction-statement = Vahvistan, että alla luetellut tuotteet on hävitetty tämän ilmoituksen ohjeiden mukaisesti.
form-destruction-product = Tuote
form-destruction-lot = Erä tai sarjanumero
form-destruction-quantity = Hävitetty määrä
form-destruction-date = Hävityspäivä ({ date-placeholder })
form-destruction-method = Hävitystapa

# Quantities on the reply form.
form-quantity-returned = Palautetut yksiköt
form-quantity-destroyed = Hävitetyt yksiköt
form-quantity-on-hand = Varastossa olevat yksiköt

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = TAI:
deadline-by = viimeistään { $date }
form-reply-by = Palauta tämä lomake viimeistään { $date }.
