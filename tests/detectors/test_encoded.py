"""Values hidden by an encoding (percent, HTML references, quoted-printable, base64, hex, octal
escapes, binary, Morse code) are decoded
before matching;
hashes, UUIDs, tokens and words are not."""

from __future__ import annotations

import pytest

from residency.detectors.normalize import normalize


@pytest.mark.parametrize(
    "text, expected",
    [
        # base64 of a JSON record, of an address in a URL path (base64url), percent escapes
        # of a Chinese address, hex-encoded UTF-8 of a name and a mobile number.
        (
            "data=eyJuYW1lIjoiQ2h1YSBNZWkgTGluZyIsIm1vYmlsZSI6Iis2NSA5MTIzIDQ1NjcifQ==",
            'data={"name":"Chua Mei Ling","mobile":"+6591234567"}',
        ),
        ("GET /u/dGFuLndlaW1pbmc4OEBnbWFpbC5jb20= 200", "GET /u/tan.weiming88@gmail.com 200"),
        (
            "addr=%E5%8F%B0%E5%8C%97%E5%B8%82%E5%A4%A7%E5%AE%89%E5%8D%80106%E8%99%9F&x=1",
            "addr=台北市大安區106號&x=1",
        ),
        ("name=Tan%20Kok%20Leong", "name=Tan Kok Leong"),
        ("k=e99988e5b08fe7baa23133393132333435363738", "k=陈小红13912345678"),
        # HTML character references and quoted-printable mail (rounds 105-106, evade49).
        ("姓名 &#38472;&#23478;&#26126;", "姓名 陈家明"),
        ("&#x9648;&#x5BB6;&#x660E; M/58", "陈家明 M/58"),
        ("=E5=86=89=E5=90=AF=E8=88=AA=EF=BC=8C=E6=82=A8=E5=A5=BD", "冉启航，您好"),
        # (a soft line break inside the run is no text)
        ("=E5=86=89=E5=90=AF=\n=E8=88=AA", "冉启航"),
        # (an upper-case pair that is no UTF-8, and a lone escape, stay as written)
        ("x=FF=FE=00", "x=FF=FE=00"),
        # Mail headers' RFC 2047 encoded-words in their charsets, two in a row read as one
        # text, and a MIME part's base64 body in the charset its header declares, its
        # lines joined (rounds 117-118, evade55).
        (
            "Subject: =?GB2312?B?u8bWvse/IMntt93WpCA0NDAxMDYxOTg4MDIxNDMyMTU=?=",
            "Subject: 黄志强 身份证 440106198802143215",
        ),
        (
            "=?Big5?B?sLGorrZPoUeorqVEIKbzrmGwtqFBqK61UCBQWCA4ODIx?= | From: x",
            "停車費：車主 何家偉，車牌 PX 8821 | From: x",
        ),
        ("=?UTF-8?Q?Tan_Wei_Ming?= =?UTF-8?Q?_(Sales)?=", "Tan Wei Ming (Sales)"),
        (
            "Content-Transfer-Encoding: base64 | QkVHSU46VkNBUkQNCkZOOkxpbSBTaWV3IEhvbmcN "
            "ClRFTDtUWVBFPUNFTEw6KzY1IDkxMjMgNDQ3Ng0KRU5EOlZDQVJEDQo=",
            "Content-Transfer-Encoding: base64 | BEGIN:VCARD\r\nFN:Lim Siew Hong\r\n"
            "TEL;TYPE=CELL:+6591234476\r\nEND:VCARD\r\n",
        ),
        (
            'Content-Type: text/plain; charset="gb2312" | Content-Transfer-Encoding: base64 | '
            "wfXAz8qmxPq6w6OsztLKx8j9xOq8trb+sODA7tfT0Pm1 xLzSs6SjrLXnu7AgMTM5IDE3NjUgNDMyMKGj "
            "Thanks",
            'Content-Type: text/plain; charset="gb2312" | Content-Transfer-Encoding: base64 | '
            "刘老师您好，我是三年级二班李子轩的家长，电话 13917654320。 Thanks",
        ),
        # Quoted-printable words of a vCard or an iCalendar value; a PDF's UTF-16 hex
        # string after its byte-order mark; a file's path with underscores read as spaces
        # (rounds 119-122, evade56, evade57).
        ("SUMMARY:Siti=20Aminah=20binti=20Yusof", "SUMMARY:Siti Aminah binti Yusof"),
        ("/Author <FEFF9648660E5148751F>", "/Author <陈明先生>"),
        ("Docs/Melissa_Tan_notes.docx", "Docs/Melissa Tan notes.docx"),
        ("my_var_name = load('a_b')", "my_var_name = load('a_b')"),
        # Base64 of UTF-16LE, as PowerShell's -EncodedCommand writes a script (round 153-154,
        # evade73).
        (
            "powershell -EncodedCommand "
            "UwBlAG4AZAAgAHQAbwAgAGwAaQBtAC4AdwBlAGkAagBpAGUAQABnAG0AYQBpAGwALgBjAG8AbQA=",
            "powershell -EncodedCommand Send to lim.weijie@gmail.com",
        ),
        # A patient's caret-separated name in a DICOM dump and an HL7 PID segment, read as
        # a labelled name (round 157-158, evade75); other caret fields stay as written.
        (
            "(0010,0010) PN [TAN^MEI LING] (0010,0030) DA [19880412]",
            "(0010,0010) | Patient name: TAN MEI LING (0010,0030) DA [19880412]",
        ),
        (
            "PID|1||A12345^^^SGH^MR||LIM^KOK WAH^^^MR||19650203|M",
            "PID|1||A12345^^^SGH^MR||| Patient name: LIM KOK WAH MR||19650203|M",
        ),
        ("MSH|^~\\&|LAB|HOSP|", "MSH|^~\\&|LAB|HOSP|"),
        # (an encoded-word in a charset Python does not know stays as written)
        ("=?x-unknown-cs?B?u8bWvse/?=", "=?x-unknown-cs?B?u8bWvse/?="),
        # Octal escapes of UTF-8 bytes, as C and shells print a file name; bytes in binary.
        (r'"\350\224\241\345\256\227\347\277\260.pdf"', '"蔡宗翰.pdf"'),
        ("tag 01010011 01100001 01110010 01100001 01101000 00100000 01001100", "tag Sarah L"),
        # Morse code: a name's words capitalised, an id as it is; a word break by a slash.
        (
            "- .- -. / .-- . .. / ... --... ----. .---- ..... ...-- ...-- ---.. ..",
            "Tan Wei S7915338I",
        ),
        # (a rule of dashes, an ellipsis and a mark that is no Morse letter stay as written)
        ("---- ---- ---- ----", "---- ---- ---- ----"),
        (". . . . and more", ". . . . and more"),
        ("-.-.-.- .- -- .- --", "-.-.-.- .- -- .- --"),
        # A config's short base64 values under their keys (a Kubernetes Secret's data, a
        # name of three Chinese characters too), and an OCR page's ALTO words (evade107-108).
        (
            "data: {holder_nric: UzkyODMxMjVE, holder: 6Zmz5a626LGq}",
            "data: {holder_nric: S9283125D, holder: 陳家豪}",
        ),
        ("model: iPhone15Pro, token: AbCd1234EfGh", "model: iPhone15Pro, token: AbCd1234EfGh"),
        (
            '<TextLine><String CONTENT="Passport" WC="0.9"/><SP/><String CONTENT="E7318"/>'
            '<String CONTENT="429D"/></TextLine>',
            " Passport E7318429D ",
        ),
        # Digits that spell a number or an NRIC in hex (evade108-109); a long number of
        # other digits, a timestamp, is no hex.
        ("uid=3138363230343731393335&ch=x", "uid=18620471935&ch=x"),
        ("<xmp:Label>543032313536373949</xmp:Label>", "<xmp:Label>T0215679I</xmp:Label>"),
        (
            "order 20241206021109, ref 12345678901234567890",
            "order 20241206021109, ref 12345678901234567890",
        ),
        # An SMS in UCS-2 (big-endian UTF-16, no byte-order mark) and a number in TBCD, as
        # telcos' logs carry them (round 272, evade132).
        (
            "ud=9673751FFF1A4F6056055206671F5C1A6B200048004B00240034002C003200380030",
            "ud=陳生：你嘅分期尚欠HK$4,280",
        ),
        ("msisdn TBCD=5689217340 ok", "msisdn TBCD=6598123704 ok"),
        ("smsc TBCD=5669040010F1 ok", "smsc TBCD=65964000011 ok"),
        # Not text once decoded: left as written.
        (
            "sha256 9f2c1e7a40bd33c815e6a0f7c2d94b11e5f7a08c6d3b29e41a5c7f0e8d2b6a13",
            "sha256 9f2c1e7a40bd33c815e6a0f7c2d94b11e5f7a08c6d3b29e41a5c7f0e8d2b6a13",
        ),
        (
            "id 123e4567-e89b-12d3-a456-426614174000",
            "id 123e4567-e89b-12d3-a456-426614174000",
        ),
        (
            "pip installs into /usr/local/lib/python3.11",
            "pip installs into /usr/local/lib/python3.11",
        ),
        ("commit 4f9c2a1e8b7d6c5a4f3e2d1c", "commit 4f9c2a1e8b7d6c5a4f3e2d1c"),
        # (a netmask and flag bytes in binary: no UTF-8 text)
        (
            "mask 11111111 11111111 11111111 00000000",
            "mask 11111111 11111111 11111111 00000000",
        ),
        (
            "flags 00000000 00000001 00000010 00000011",
            "flags 00000000 00000001 00000010 00000011",
        ),
    ],
)
def test_encoded_segments_are_decoded_only_when_they_are_text(text: str, expected: str) -> None:
    norm = normalize(text)
    assert norm.text == expected
    # Every decoded character maps back inside the original text.
    assert all(0 <= s <= e <= len(text) for s, e in zip(norm.starts, norm.ends, strict=True))
