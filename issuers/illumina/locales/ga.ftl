### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Leas-Uachtarán Cáilíochta Domhanda
signatory-vp-regulatory-affairs = Leas-Uachtarán Gnóthaí Rialála

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Gach ceart ar cosaint. Is le Illumina, Inc. nó lena
    n-úinéirí faoi seach na trádmharcanna go léir. Le haghaidh faisnéis shonrach faoi
    thrádmharcanna, féach [www.illumina.com/company/legal.html]({ $link-legal }).
