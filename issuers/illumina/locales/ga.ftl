### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Leas-Uachtarán Cáilíochta Domhanda
signatory-vp-regulatory-affairs = Leas-Uachtarán Gnóthaí Rialála

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Gach ceart ar cosaint. Is le Illumina, Inc. nó lena
    n-úinéirí faoi seach na trádmharcanna go léir. Le haghaidh faisnéis shonrach faoi
    thrádmharcanna, féach [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Cuireadh an tsaincheist seo in iúl do chomhlachtaí rialála agus
    d’údaráis inniúla áitiúla agus idirnáisiúnta.
form-salutation = { salutation }
form-q-received = Dearbhaím go bhfuair mé { $notice-id } agus gur léigh mé agus gur thuig mé a
    bhfuil ann.
form-q-users-informed = Cuireadh an fhaisnéis in iúl do gach úsáideoir ábhartha.
form-q-customers-informed = Chuir mé an aisghairm seo in iúl do na custaiméirí a aithníodh.
form-intro-alternative = Mar mhalairt air sin, is féidir leat ríomhphost a sheoladh chuig
    Tacaíocht Theicniúil Illumina ina dtugtar an fhaisnéis a iarrtar thíos.
