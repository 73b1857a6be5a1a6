### status: draft

# FSN2025-1682 (Spanish): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = Instrumento NovaSeq 6000Dx con DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Illumina se pone en contacto con usted en relación con una vulnerabilidad de seguridad
    identificada en el controlador de gestión de placa base (Baseboard Management Controller,
    BMC) de DRAGEN™ Server for NovaSeq™ 6000Dx Instrument y de Illumina DRAGEN Server for
    NextSeq™ 550Dx Instrument. Los servidores afectados se especifican en la tabla 1 a
    continuación. Este aviso resume el problema, las medidas adoptadas por Illumina y las
    medidas que deben adoptar los clientes. Nota: esta vulnerabilidad de seguridad se limita a
    estas instancias de Illumina DRAGEN Server. Las demás versiones de las instancias de
    DRAGEN Server no están afectadas.

# Issue summary.
summary-risk = El equipo de Seguridad de Productos de Illumina identificó recientemente un
    riesgo no controlado para la seguridad de los productos asociado al controlador de gestión
    de placa base (BMC) utilizado en las instancias de DRAGEN Server indicadas anteriormente.
    La vulnerabilidad de seguridad se debe a configuraciones de la gestión y la supervisión
    remotas de la red.
summary-exploitation = Illumina ha determinado que, si un agente no autorizado aprovechara
    esta vulnerabilidad, podría acceder a la consola remota del BMC sin introducir una
    contraseña (omisión de la autenticación). El aprovechamiento de esta vulnerabilidad podría
    dar lugar a accesos no autorizados al sistema, manipulación de la configuración del
    hardware, ejecución remota de código, control remoto, violaciones de datos y ataques de
    denegación de servicio.
summary-no-reports = Hasta la fecha, Illumina no ha recibido ninguna notificación ni tiene
    pruebas que indiquen que se haya aprovechado esta vulnerabilidad.

# Illumina actions.
issuer-actions-instructions = Illumina proporciona a los clientes las instrucciones que
    figuran a continuación sobre cómo proteger sus servidores y sus sistemas frente al
    aprovechamiento de esta vulnerabilidad. Una vez aplicadas, estas instrucciones
    solucionarán la vulnerabilidad.
issuer-actions-risk = Si no se siguen estas instrucciones, su sistema podría quedar expuesto a
    los riesgos descritos anteriormente.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Para todas las instancias de DRAGEN Server afectadas que se indican
    en la tabla 1 anterior, deben adoptarse las siguientes medidas para solucionar esta
    vulnerabilidad de seguridad crítica:
customer-actions-download = Descargue y siga las instrucciones para el cliente de [esta página
    web](https://support.illumina.com/support-content/bmc.html). El hipervínculo completo se
    indica a continuación: <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Cumplimente y devuelva el formulario de verificación
    después de realizar todos los pasos de las instrucciones proporcionadas para los
    servidores específicos identificados como afectados en la tabla 1.
customer-actions-note = **NOTA:** si sospecha que un agente no autorizado ha comprometido su
    servidor, desconecte inmediatamente el cable de red y póngase en contacto con el servicio
    de asistencia técnica de Illumina en techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Si sufre un acontecimiento adverso debido a esta vulnerabilidad de
    seguridad durante el uso de cualquiera de los servidores afectados, notifique el
    acontecimiento al programa de notificación de acontecimientos adversos MedWatch de la FDA
    en línea, por correo postal o por fax. Puede cumplimentar y enviar la notificación en
    línea en www.fda.gov/medwatch/report.htm. Fuera de los Estados Unidos, póngase en contacto
    con su organismo regulador local.
closing-remarks = Illumina se toma muy en serio la seguridad. Nos comprometemos a ayudarle a
    resolver esta vulnerabilidad. Si tiene más preguntas o necesita ayuda, póngase en contacto
    con techsupport@illumina.com. También es posible que un proveedor externo se ponga en
    contacto con usted en nombre de Illumina para garantizar que reciba la asistencia que
    necesita.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina le ha enviado el aviso de retirada urgente de producto sanitario
    { $notice-id } en relación con un problema que afecta a DRAGEN Server for NovaSeq 6000Dx
    Instrument y a Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Cumplimente el siguiente formulario para confirmar la recepción del
    aviso y la realización de las medidas que debe adoptar el cliente descritas en el aviso.
    Una vez cumplimentado, envíe el formulario por correo electrónico a
    techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Nombre del servidor

# Verification form: questions for customers.
form-q-remediation-done = Confirmo que los pasos de corrección indicados en la sección Medidas
    que debe adoptar el cliente se han aplicado en cada servidor afectado identificado en este
    formulario de verificación.

# Verification form: questions for distributors and importers.
form-q-customers-identified = He identificado a los clientes que han recibido o pueden haber
    recibido los servidores afectados.
