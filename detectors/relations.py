"""Words for the people around a data subject, shared by the name detectors.

A relation or a household role right before a name (``my neighbour Rajesh``, ``her
husband Prakash``, ``adik saya Farid``) marks a private person: nobody writes of a public
figure as "my colleague".  One list, so the recognizers that *find* such names and the
filters that *keep* them agree.
"""

from __future__ import annotations

# English relations and roles (regex alternation; lower case, matched case-insensitively).
RELATIONS_EN = (
    r"friend|best friend|bff|colleague|co-?worker|classmate|schoolmate|roommate|flatmate|"
    r"housemate|neighbou?r|boss|manager|supervisor|team ?lead|wife|husband|spouse|"
    r"fianc[eé]e?|girlfriend|boyfriend|ex|son|daughter|child|kid|baby|brother|sister|"
    r"sis|bro|hubby|bestie|mummy|daddy|gf|bf|bil|sil|fil|mil|wifey|missus|"
    r"sibling|twin|cousin|nephew|niece|uncle|aunt|auntie|aunty|mum|mom|mother|dad|father|"
    r"grand(?:ma|pa|mother|father|son|daughter|child|kid)|(?:mother|father|brother|"
    r"sister|son|daughter)-in-law|step(?:mother|father|son|daughter|brother|sister)|"
    r"tenant|landlord|landlady|maid|helper|nanny|caregiver|driver|tutor|student|pupil|"
    r"client|customer|patient|intern|trainee|"
    # (a dating app's: ``my match jolene tan from hinge``)
    r"match|crush|situationship"
)
# Nouns for a person right before "named" (``Pelatih bernama Haziq``, ``a trainee named
# Haziq``): a notice singling somebody out by a given name.
NAMED_PERSON_NOUNS = (
    r"pelatih|pelajar|murid|budak|lelaki|perempuan|wanita|pekerja|pesakit|pelanggan|seorang|"
    r"student|trainee|pupil|boy|girl|kid|child|patient|customer|worker|guy|lady"
)
# Staff named by their job by customers (``staff Priya at the Bugis outlet``, ``cikgu
# Aminah``): a private person at work, not a public office.
ROLES_EN = (
    r"staff|cashier|waiter|waitress|server|nurse|teacher|tutor|cikgu|agent|officer|"
    r"receptionist|technician|salesperson|salesman|saleswoman|promoter|rider|driver|"
    r"security guard|guard|cleaner|counter staff|service staff|barista|stylist|therapist|"
    r"trainer|instructor|dentist|pharmacist|clerk|caregiver|carer|caretaker|nanny|babysitter|"
    # (and those a business serves, named by staff: ``customer Syafiq holding his MyKad``)
    r"customer|client|guest|tenant|patient|"
    # (and in Malay: ``Penghuni baru Kamal … ada schizophrenia``)
    r"penghuni(?: baru)?|pelatih(?: baru)?|pesakit(?: baru)?|pelanggan|penyewa|banduan|klien"
)

# Malay relations; the possessive follows the word (``abang saya``, ``jiran kami``).
RELATIONS_MS = (
    r"adik|abang|kakak|anak|suami|isteri|jiran|kawan|rakan|sahabat|ibu|bapa|ayah|emak|mak|"
    r"cucu|datuk|nenek|atuk|pakcik|makcik|sepupu|anak saudara|anak sedara|adik saudara|adik sedara|majikan|bos|pelajar|pesakit|"
    r"pelanggan|penyewa|tuan rumah|pembantu rumah|tunang|teman lelaki|teman wanita|pekerja|"
    r"kakitangan"
)
# (and chat's short forms: ``tell ur cousin marcus lee``, ``yr sister``)
POSSESSIVES_EN = r"my|our|his|her|their|your|ur|yr"
# (and their short forms in chat: ``anak sedara sy Iqbal``)
POSSESSIVES_MS = r"saya|sy|aku|kami|kita|dia|awak|anda"

# Departments a colleague is named by (``Jason from ops``, ``Siti in HR``).  ``IT`` only in
# capitals ("it" is a pronoun); matched case-insensitively otherwise.
DEPARTMENTS_EN = (
    r"finance|accounts?|accounting|hr|human resources|(?-i:IT)|sales|marketing|procurement|"
    r"purchasing|admin|operations|ops|legal|payroll|reception|front desk|customer service|"
    r"logistics|warehouse|dispatch|engineering|tech|security|billing|compliance|audit|"
    r"design|product|research|r&d|housekeeping|maintenance|facilities"
)

# Chinese relations right before a romanised given name in mixed text (``我朋友 Aiman``).
RELATIONS_ZH = (
    r"朋友|同事|老公|老婆|太太|男朋友|女朋友|男友|女友|哥哥|姐姐|弟弟|妹妹|儿子|女儿|兒子|女兒|"
    r"邻居|鄰居|同学|同學|老板|老闆|上司|客户|客戶|室友|表哥|表姐|表弟|表妹|堂哥|堂姐"
)
