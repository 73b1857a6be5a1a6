### status: draft

# FSN2024-1562 (Spanish): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabla 1: Producto(s) afectado(s)
product-table-udi-di = Identificador único del producto - Identificador del producto

# Introduction after the salutation, before Table 1.
intro = Illumina se pone en contacto con usted en relación con una vulnerabilidad de
    ciberseguridad identificada en el protocolo de comunicación entre el almacenamiento en
    red, los servidores y/o los ordenadores proporcionados por el cliente y los productos
    especificados en la tabla 1 a continuación. Este aviso resume el problema, las medidas
    adoptadas por Illumina y las medidas que deben adoptar los clientes.

# Issue summary.
summary-risk = Durante la realización de análisis rutinarios de ciberseguridad, el equipo de
    Seguridad de Productos de Illumina identificó un riesgo no controlado para la seguridad de
    los productos asociado al protocolo de comunicación entre los productos de Illumina
    indicados en la tabla 1 y el almacenamiento en red, los servidores y/o los ordenadores
    proporcionados por el cliente. Illumina ha determinado que, si no se utilizan protocolos
    seguros, un agente no autorizado que ya haya obtenido acceso privilegiado a la red del
    cliente podría interceptar y aprovechar estas comunicaciones.
summary-exploitation = Si un agente no autorizado aprovechara esta vulnerabilidad, podría
    interceptar y modificar archivos, lo que podría dar lugar a la entrega de resultados
    incorrectos, resultados retrasados, ausencia de resultados o archivos dañados a la entidad
    de red proporcionada por el cliente y/o a la exposición de los datos de pacientes
    contenidos en los archivos transmitidos.
summary-no-reports = Hasta la fecha, Illumina no ha recibido ninguna notificación ni tiene
    pruebas que indiquen que se haya aprovechado esta vulnerabilidad.

# Illumina actions.
issuer-actions-guidance = Illumina proporciona una guía de ciberseguridad que incluye
    recomendaciones sobre cómo pueden los clientes proteger la comunicación de su red interna
    con el producto de Illumina.
issuer-actions-risk = Si no se siguen estas instrucciones o no se aplican las prácticas
    recomendadas de seguridad de red para proteger sus sistemas, su organización podría quedar
    expuesta a los riesgos descritos anteriormente.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Para todos los productos afectados, siga estos pasos para aplicar las
    medidas de mitigación:
customer-actions-download = Descargue y
    lea [este](https://support.illumina.com/support-content/cyberguidance.html) documento de
    guía de ciberseguridad. El hipervínculo completo se indica a continuación.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Para cada producto conectado a la red del cliente: colabore con
    su departamento de TI interno para determinar qué protocolo seguro funciona mejor en su
    entorno y aplique el cambio de configuración adecuado.
customer-actions-dual-mode = Nota: un cambio en el protocolo de red afecta a los modos Dx y
    RUO al mismo tiempo, por lo que no es necesario arrancar en cada modo por separado para
    adoptar las medidas necesarias.
customer-actions-verification-form = Cumplimente y devuelva el formulario de verificación
    después de realizar todos los pasos de las instrucciones proporcionadas para los productos
    específicos identificados como afectados en la tabla 1.
customer-actions-note = **NOTA:** si sospecha que un usuario no autorizado ha comprometido su
    instrumento, desconecte inmediatamente el cable de red y póngase en contacto con
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Si sufre un acontecimiento adverso relacionado con el uso de
    cualquier producto afectado y debido a esta vulnerabilidad, notifique el acontecimiento al
    programa de notificación de acontecimientos adversos MedWatch de la FDA en línea, por
    correo postal o por fax. Puede cumplimentar y enviar la notificación en línea en
    www.fda.gov/medwatch/report.htm. Fuera de los Estados Unidos, póngase en contacto con su
    organismo regulador local.
closing-remarks = Illumina se toma muy en serio la seguridad. Nos comprometemos a ayudarle a
    resolver esta vulnerabilidad. Si tiene más preguntas o necesita ayuda, póngase en contacto
    con techsupport@illumina.com. También es posible que un proveedor externo se ponga en
    contacto con usted en nombre de Illumina para garantizar que reciba la asistencia que
    necesita.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Todos los derechos reservados. Todas las marcas comerciales
    pertenecen a Illumina, Inc. o a sus respectivos propietarios. Para obtener información
    específica sobre las marcas comerciales, consulte la página
    web [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Estos avisos contienen información esencial sobre nuestros productos y no
    son comunicaciones de marketing. Por lo tanto, es posible que reciba estos avisos aunque
    haya optado por no recibir comunicaciones de marketing de { $issuer }. Si usted no es la
    persona de contacto adecuada de su organización para recibir estos avisos, puede darse de
    baja cumplimentando y [enviando este formulario]({ $link-unsubscribe }). Para obtener más
    información, consulte nuestra [Política de privacidad]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina le ha enviado el aviso de retirada urgente de producto sanitario
    { $notice-id } en relación con un problema que afecta a los instrumentos NextSeq 550Dx,
    MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server
    v4 y VeriSeq Onsite Server v2.
form-intro-complete = Cumplimente el siguiente formulario para confirmar la recepción del
    aviso y la realización de las medidas que debe adoptar el cliente descritas en este aviso.
    Una vez cumplimentado, envíe el formulario por correo electrónico a
    techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Confirmo que se ha descargado y leído el documento de guía de
    ciberseguridad.

# Verification form: questions for distributors and importers.
form-q-customers-identified = He identificado a los clientes que han recibido o pueden haber
    recibido el producto afectado.
