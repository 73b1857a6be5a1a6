### status: draft

# EXAMPLE-0001 (Spanish): a made-up notice showing every element.

product-analysis-server = Servidor de análisis de ejemplo

intro = { $issuer } se pone en contacto con usted en relación con un problema de
    software *ficticio* en los productos enumerados en la tabla 1. Este aviso, emitido el
    { $issued }, muestra todos los elementos que ofrece fsn.
summary = El software puede detener un experimento antes de tiempo. Consulte la [página de
    ejemplo](https://www.example.com/fsn) para obtener más información.

step-update = **Actualice el software** en todos los instrumentos afectados.
step-update-backup = Haga una copia de seguridad de sus datos antes de actualizar.
step-update-verify = Después de la actualización, compruebe la versión en la pantalla Acerca
    de.
step-form = Cumplimente y devuelva el formulario de verificación.
bullet-contact = Si tiene alguna pregunta, póngase en contacto con techsupport@example.com.
bullet-forward = Reenvíe este aviso a todas las personas que utilicen los productos.
note-network = **NOTA:** la actualización no modifica la configuración de red.

form-intro = Cumplimente el siguiente formulario y devuélvalo por correo electrónico.
form-product = Producto
form-quantity = Cant.
form-location = Ubicación
form-mark-products = Marque todos los productos afectados que posea.
form-row-spare-units = Unidades de repuesto en almacén
form-choice-question = ¿Cómo está conectado el instrumento?
form-choice-online = En línea
form-choice-offline = Sin conexión
form-choice-retired = Retirado del servicio
form-actions-heading = Medidas adoptadas
form-reason-no-access = Sin acceso al instrumento
form-reason-scheduled = Programado para más adelante
form-q-received = Confirmo que he recibido { $notice-id } y que he leído y comprendido su
    contenido.
form-q-customers-informed = He informado de esta retirada a los clientes identificados.
form-acknowledge = Reconozco que la actualización debe instalarse por separado en cada
    instrumento afectado.
