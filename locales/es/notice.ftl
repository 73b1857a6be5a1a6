### status: draft

# Shared boilerplate of every notice (Spanish).

# Letter opening and closing.
salutation = Estimado cliente:
closing = Atentamente,

# Label beside the title, and the title lines (largest first).
label-recall = Retirada
title-quality-notification = Notificación de calidad
title-urgent-device-recall = Retirada urgente de producto sanitario
title-urgent-safety-notice = Aviso urgente de seguridad en campo

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabla 1: Productos afectados
product-table-name = Producto afectado
product-table-catalog = Número de catálogo
product-table-udi-di = Identificador único del producto – Identificador del producto
product-table-version = Versión del software
product-table-serials = Números de serie
udi-di-not-available = N/D

# Section headings of the letter.
section-summary = Resumen del problema
section-issuer-actions = Medidas adoptadas por { $issuer }
section-customer-actions = Medidas que debe adoptar el cliente

# The "why you are receiving this notice" box.
why-heading = Por qué recibe este aviso
why-body-contact = Recibe este aviso porque, según nuestros registros, usted es la persona de
    contacto de su organización para cambios en los productos, obsolescencia de productos y
    problemas de calidad.
why-body-marketing = Tenga en cuenta que estos avisos contienen información esencial sobre
    nuestros productos y no son comunicaciones de marketing. Por lo tanto, es posible que
    reciba estos avisos aunque haya optado por no recibir comunicaciones de marketing de
    { $issuer }. Si usted no es la persona de contacto adecuada de su organización para
    recibir estos avisos, puede darse de baja [enviando este
    formulario]({ $link-unsubscribe }). Para obtener más información, consulte
    nuestra [Política de privacidad]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Asistencia técnica:
contact-customer-care = Atención al cliente:
page-label = Página { $page } de { $total }
intended-use-ivd = Para uso diagnóstico in vitro. No disponible en todos los países y
    regiones.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Formulario de verificación
form-title = Formulario de verificación
form-company-name = Nombre de la empresa
form-person-heading = Datos de la persona que cumplimenta el formulario
form-person-name = Nombre:
form-person-title = Cargo:
form-date = Fecha ({ date-placeholder }):
form-serial-numbers = Número(s) de serie
form-customer-responses = Respuestas del cliente
form-distributor-responses = Respuestas del distribuidor/importador

# Answer boxes of the form.
form-yes = Sí
form-no = No
form-not-applicable = No aplicable

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Realizado
form-not-done = No realizado
form-other-reason = Otro:

# Signature cells at the end of the form.
form-signature = Firma de la persona que cumplimenta el formulario
form-signature-date = Fecha
