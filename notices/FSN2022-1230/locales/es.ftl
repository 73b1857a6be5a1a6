### status: draft

# FSN2022-1230 (Spanish): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = RETIRADA URGENTE DE PRODUCTO SANITARIO

# Affected products whose names are translated (table rows).
product-nextseq-550dx = Instrumento NextSeq 550Dx
product-miseqdx = Instrumento MiSeqDx

# Table of affected products: this notice's column headings.
product-table-name = Nombre del producto/dispositivo
product-table-udi-di = Identificador del producto

# Introduction after the salutation, before Table 1.
intro = Illumina se pone en contacto con usted en relación con una vulnerabilidad de
    ciberseguridad de Local Run Manager (LRM) identificada en los instrumentos NextSeq™ 550Dx
    y MiSeq™Dx. Este aviso resume el problema, las medidas adoptadas por Illumina y las
    medidas que deben adoptar los clientes.

# Issue summary.
summary-vulnerability = Illumina ha identificado una vulnerabilidad de ciberseguridad en el
    software Local Run Manager (LRM) de los instrumentos de secuenciación para diagnóstico in
    vitro indicados en la tabla 1.
summary-no-reports = Hasta la fecha, Illumina no ha recibido ninguna notificación que indique
    que se haya aprovechado esta vulnerabilidad.
summary-exploitation = Un usuario no autorizado podría aprovechar la vulnerabilidad para tomar
    el control del instrumento de forma remota y, a continuación, realizar acciones a nivel
    del sistema operativo; dichas acciones podrían afectar a la configuración, los ajustes, el
    software o los datos del instrumento o de la red del cliente. El aprovechamiento de esta
    vulnerabilidad podría provocar que no se generen resultados, que se generen resultados
    incorrectos, que se vean comprometidos archivos o que se produzca una violación de los
    datos de pacientes. El aprovechamiento de esta vulnerabilidad de la manera descrita
    anteriormente puede suponer un riesgo potencial para la salud de los pacientes.

# Illumina actions.
issuer-actions-patch = Illumina ha desarrollado un parche de software para impedir que se
    aproveche esta vulnerabilidad. Actualmente estamos trabajando en el desarrollo de una
    corrección de software permanente para los instrumentos actuales y futuros.
issuer-actions-download = Para los instrumentos conectados a Internet, el parche de software
    ya está disponible para su descarga (la dirección del sitio web de descarga se indica más
    adelante, en la sección Medidas que debe adoptar el cliente). Illumina recomienda a los
    clientes que descarguen inmediatamente el parche de software y lo instalen en todos los
    instrumentos afectados.
issuer-actions-offline = Para instalar el parche de software en los productos LRM afectados
    que no están conectados a Internet, Illumina ha desarrollado opciones alternativas. Para
    obtener información sobre estas opciones, póngase en contacto con el servicio de
    asistencia técnica en techsupport@illumina.com lo antes posible.
issuer-actions-questions = Si tiene más preguntas o necesita ayuda, póngase en contacto con
    techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Nota: los instrumentos afectados disponen de un modo de arranque
    dual, por lo que es importante instalar el parche de software por separado en cada modo
    (Dx y RUO) de cada instrumento. También es importante instalar el parche de software en
    cualquier instancia independiente de LRM no integrada en el instrumento que se utilice en
    modo RUO en los instrumentos Dx.

# Step 1 and its three paragraphs.
step-internet = Instrumentos conectados a Internet: descargue e instale inmediatamente el
    parche de software disponible en esta dirección en cada instrumento afectado, en cada modo
    (modo Dx y modo RUO), y/o en cada instancia independiente de LRM no integrada en el
    instrumento que se utilice en modo RUO en los instrumentos Dx.
step-internet-backup = Antes de instalar el parche de software, se recomienda hacer una copia
    de seguridad de los datos.
step-internet-address = Para una mayor protección, Illumina solo facilita actualmente la
    dirección del sitio web a los clientes con productos afectados y a los organismos
    reguladores.
step-internet-form = Cumplimente y devuelva el formulario de verificación que figura a
    continuación en un plazo de 5 días hábiles.

# Step 2 and its paragraph.
step-offline = Instrumentos no conectados a Internet: para obtener instrucciones sobre otros
    métodos de aplicación del parche de software, póngase en contacto con
    techsupport@illumina.com.
step-offline-form = Cumplimente y devuelva el formulario de verificación que figura a
    continuación inmediatamente después de instalar el parche de software.

# Step 3.
step-permanent-fix = Corrección de software permanente: cuando esté disponible, instale la
    actualización de software que solucionará definitivamente esta vulnerabilidad. Recibirá
    más información sobre esta actualización de software en una comunicación aparte.

# Customer actions: the two notes.
customer-actions-note-web-ui = **NOTA:** la instalación del parche de software bloqueará el
    acceso remoto a la interfaz de usuario web de LRM (web UI) y sustituirá la guía del
    usuario actual de LRM; todas las demás funciones esenciales del instrumento permanecerán
    sin cambios. Los clientes que utilicen la interfaz web para los flujos de trabajo del
    laboratorio pueden ponerse en contacto con techsupport@illumina.com para recibir
    asistencia inmediata.
customer-actions-note-compromised = **NOTA:** si sospecha que un usuario no autorizado ha
    comprometido su instrumento, desconecte inmediatamente el cable de red y póngase en
    contacto de inmediato con techsupport@illumina.com. Para obtener información sobre los
    pasos para examinar el dispositivo, consulte el manual de instrucciones del parche de
    software 1.0 de LRM.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Si un usuario sufre un acontecimiento adverso relacionado con el uso
    de los productos afectados y debido a esta vulnerabilidad, notifique el acontecimiento al
    programa de notificación de acontecimientos adversos MedWatch de la FDA en línea, por
    correo postal o por fax. Puede cumplimentar y enviar la notificación en línea en
    www.fda.gov/medwatch/report.htm. Fuera de los Estados Unidos, póngase en contacto con su
    organismo regulador local.
closing-remarks = Illumina se toma muy en serio la seguridad y la privacidad de los datos. Nos
    comprometemos a ayudarle a resolver esta vulnerabilidad. Si tiene alguna pregunta, escriba
    a techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Le enviamos este aviso porque figura como persona de contacto de su
    organización. Periódicamente debemos informar a nuestros clientes sobre cambios en los
    productos, obsolescencia de productos o problemas de calidad.
why-body-marketing = Por ello, le rogamos que preste atención a estos avisos, ya que contienen
    información importante sobre nuestros productos y no son comunicaciones de marketing. Por
    lo tanto, es posible que reciba estos avisos aunque haya optado por no recibir material de
    marketing de { $issuer }. Si usted no es la persona de contacto adecuada de su
    organización para estos avisos, envíe un correo electrónico a
    customernotifications@illumina.com indicando el contacto correcto. Para obtener más
    información, consulte nuestra Política de privacidad.

# Verification form: paragraphs before the form table.
form-intro-sent = El { $issued }, Illumina le envió un aviso de retirada urgente de producto
    sanitario, { $notice-id }, en relación con un problema que afecta a los instrumentos
    NextSeq 550Dx y MiSeqDx.
form-intro-complete = Cumplimente la tabla siguiente para confirmar la recepción del aviso y
    envíe el formulario cumplimentado por correo electrónico a techsupport@illumina.com una
    vez que haya terminado de instalar el parche de software tal como se describe en la
    sección Medidas que debe adoptar el cliente de este aviso.

# Verification form: checklist of the affected products.
form-product-name = Nombre del producto/dispositivo
form-quantity = CANT.
form-serial-numbers = Números de serie
form-checklist-hint = Marque todos los productos afectados
form-row-standalone-lrm = Instancias independientes de LRM no integradas en el instrumento que
    se utilizan en modo RUO en los instrumentos Dx.

# Verification form: the customer's details.
form-customer-details = Datos del cliente
form-person-name-print = Nombre (en mayúsculas):
form-person-title-print = Cargo (en mayúsculas) de la persona que cumplimenta el formulario:

# Verification form: questions for customers.
form-q-lrm-installed = Declaro que LRM está instalado en los instrumentos marcados más arriba.
form-q-patch-installed = Confirmo que el parche de software está instalado en todos los
    instrumentos identificados más arriba.

# Verification form: questions for distributors and importers.
form-q-customers-identified = He identificado a los clientes que han recibido o pueden haber
    recibido el producto.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Reconozco que, tras descargar el parche de software, este debe
    instalarse por separado en cada modo (modo Dx y modo RUO, respectivamente) de cada
    instrumento afectado identificado en este formulario de verificación y/o en cualquier
    instancia independiente de LRM no integrada en el instrumento que se utilice en modo RUO
    en los instrumentos Dx.
