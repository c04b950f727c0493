import io
from PIL import Image
from tests.bad_input.test_uploads import upload_image

def test_probe(site, client, superuser):
    client.force_login(superuser)
    buf = io.BytesIO(); Image.effect_noise((400, 300), 50).convert("RGB").save(buf, "JPEG")
    data = buf.getvalue()[: len(buf.getvalue()) // 3]
    upload_image(client, data, "halb.jpg")
