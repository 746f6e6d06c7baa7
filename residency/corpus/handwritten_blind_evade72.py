# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade72: personal data in ML dataset artefacts (COCO/Label Studio JSON, dataset cards, tokenizer output, eval logs, prompt-response pairs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade72
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "coco_annotation_json"): _lines("""
        {"info": {"description": "StreetSignsMY 2023", "version": "1.2.0", "year": 2023, "contributor": "Universiti Teknologi Malaysia, Centre for AI and Robotics", "date_created": "2023/08/14"}}
        {"licenses": [{"id": 2, "name": "Attribution-NonCommercial-ShareAlike License", "url": "http://creativecommons.org/licenses/by-nc-sa/2.0/"}, {"id": 4, "name": "Attribution License", "url": "http://creativecommons.org/licenses/by/2.0/"}]}
        {"id": 397133, "license": 4, "file_name": "000000397133.jpg", "coco_url": "http://images.cocodataset.org/val2017/000000397133.jpg", "height": 427, "width": 640, "date_captured": "2013-11-14 17:02:52"}
        {"id": 1768, "image_id": 397133, "category_id": 1, "bbox": [388.66, 69.92, 109.41, 277.62], "area": 17376.91, "iscrowd": 1, "segmentation": {"counts": "Yb`2;f;3M2N2O1O0O2M3L4N1O", "size": [427, 640]}}
        {"image_id": 203564, "id": 37, "caption": "A man in a yellow raincoat rides a scooter past a row of old shophouses."}
        {"image_id": 88412, "id": 1190, "caption": "The statue of Sir Stamford Raffles on the river bank at the Raffles Landing Site, lit up at dusk."}
        {"id": 50211, "image_id": 7731, "category_id": 12, "bbox": [412, 288, 96, 31], "attributes": {"plate_text": "[BLURRED]", "plate_country": "MY", "occluded": false}}
        {"id": 61003, "image_id": 7731, "category_id": 6, "bbox": [201.5, 77.0, 38.2, 44.9], "attributes": {"face_blurred": true, "age_bucket": "25-34", "identity": null}}
        {"image_id": 5530, "caption": "A white Perodua Myvi 1.5 AV parked next to a Proton X70 at a petrol station.", "ocr_tokens": ["SHELL", "V-Power", "RON97", "RM3.47/L"]}
        {"id": 90214, "file_name": "3f9a1c7e0b2d4e68a5c1f0e9d7b34a21.jpg", "exif_stripped": true, "source": "synthetic_render_v4", "seed": 880317, "width": 1024, "height": 768}
        {"image_id": 4410, "doc_type": "mykad_specimen", "ocr": ["KAD PENGENALAN", "MALAYSIA", "XXXXXX-XX-XXXX", "NAMA PEMEGANG", "ALAMAT"], "note": "blank specimen from a public JPN brochure, no holder data"}
        {"image_id": 6672, "caption": "A queue outside the emergency department of Tan Tock Seng Hospital on a rainy morning.", "tags": ["hospital", "queue", "rain", "umbrella"]}
        {"categories": [{"id": 1, "name": "person", "supercategory": "person"}, {"id": 3, "name": "car", "supercategory": "vehicle"}, {"id": 12, "name": "license_plate", "supercategory": "vehicle"}, {"id": 77, "name": "cell phone", "supercategory": "electronic"}]}
    """),
    ("en", "label_studio_export"): _lines("""
        {"id": 4821, "data": {"text": "Anwar Ibrahim was sworn in as Malaysia's tenth Prime Minister on 24 November 2022."}, "annotations": [{"id": 1, "result": [{"value": {"start": 0, "end": 13, "text": "Anwar Ibrahim", "labels": ["PER"]}, "from_name": "label", "to_name": "text", "type": "labels"}, {"value": {"start": 30, "end": 38, "text": "Malaysia", "labels": ["LOC"]}, "from_name": "label", "to_name": "text", "type": "labels"}]}]}
        {"id": 4822, "data": {"text": "Sherlock Holmes and Dr Watson share rooms at 221B Baker Street."}, "annotations": [{"result": [{"value": {"start": 0, "end": 15, "labels": ["PER"]}}, {"value": {"start": 20, "end": 29, "labels": ["PER"]}}, {"value": {"start": 45, "end": 62, "labels": ["ADDRESS"]}}]}]}
        {"id": 5003, "data": {"text": "My name is {{full_name}} and my IC number is {{mykad}}, please update my address to {{address}}."}, "meta": {"generator": "faker ms_MY template", "filled": false}}
        {"id": 5190, "data": {"text": "Hi, I'm [PERSON_1], my number is [PHONE_1], please call after 6pm about the aircon servicing."}, "annotations": [{"result": [], "was_cancelled": false, "lead_time": 12.4}]}
        {"id": 5217, "data": {"text": "To report a lost MyKad, call the government contact centre 1MOCC at 03-8000 8000 or walk in to any UTC counter with a police report."}, "annotations": [{"result": [{"value": {"choices": ["government_info"]}, "from_name": "topic", "type": "choices"}]}]}
        <View><Header value="Tag personal data"/><Text name="text" value="$text"/><Labels name="label" toName="text"><Label value="PER" background="red"/><Label value="NRIC"/><Label value="PHONE"/><Label value="EMAIL"/><Label value="ADDRESS"/></Labels></View>
        {"id": 6120, "data": {"text": "Order #SHP-20240611-88213 was shipped via J&T, tracking no. 630019884271, ETA 3 working days."}, "annotations": [{"result": [{"value": {"start": 6, "end": 25, "labels": ["ORDER_ID"]}}]}]}
        {"id": 6121, "annotator_pool": "vendor-B", "created_at": "2024-03-17T14:52:31.441Z", "updated_at": "2024-03-17T14:55:02.118Z", "lead_time": 150.6, "ground_truth": false, "was_cancelled": false}
        {"id": 6388, "data": {"text": "Lee Chong Wei won silver at the 2008, 2012 and 2016 Olympic Games."}, "predictions": [{"model_version": "xlmr-ner-ms-v3", "score": 0.93, "result": [{"value": {"start": 0, "end": 13, "labels": ["PER"]}}]}]}
        {"id": 7002, "data": {"review": "Delivery was two days late but the rice cooker works fine. 3 stars."}, "annotations": [{"result": [{"value": {"choices": ["Neutral"]}, "from_name": "sentiment", "to_name": "review", "type": "choices"}]}]}
        {"id": 7315, "data": {"text": "Invoice INV-2023-004417 dated 05/09/2023, amount RM 1,284.50, PO 4500183920, due net 30."}, "annotations": [{"result": [{"value": {"labels": ["INVOICE_NO"]}}, {"value": {"labels": ["PO_NO"]}}]}]}
        {"id": 7790, "data": {"text": "Lu Xun wrote The True Story of Ah Q in 1921."}, "annotations": [{"result": [{"id": "a1", "value": {"start": 0, "end": 6, "labels": ["PER"]}}, {"id": "b2", "value": {"start": 13, "end": 35, "labels": ["WORK"]}}, {"type": "relation", "from_id": "a1", "to_id": "b2", "labels": ["author_of"]}]}]}
    """),
    ("en", "dataset_card"): _lines("""
        --- / license: cc-by-4.0 / language: [en, ms, zh] / task_categories: [token-classification] / size_categories: 10K<n<100K / pretty_name: SEA-NER-Lite / ---
        ## Personal and Sensitive Information / Names, phone numbers, NRIC/MyKad numbers and e-mail addresses were replaced with typed placeholders ([PERSON], [PHONE], [NATIONAL_ID], [EMAIL]) by a regex pass and a manual review of a 5% sample.
        ## Dataset Curators / Curated by the Language Technology Group, School of Computing. Questions and takedown requests: sea-ner-data@langtech-lab.org (shared mailbox, monitored on weekdays).
        ### Citation Information / @inproceedings{lin2014microsoft, title={Microsoft COCO: Common Objects in Context}, author={Lin, Tsung-Yi and Maire, Michael and Belongie, Serge and others}, booktitle={ECCV}, year={2014}}
        | Split | Examples | Avg tokens | / | train | 48,210 | 37.4 | / | validation | 5,120 | 36.9 | / | test | 5,133 | 38.2 |
        ### Data Fields / - `id` (string): e.g. "msnews-000417" / - `tokens` (list of string) / - `ner_tags` (list of ClassLabel): O, B-PER, I-PER, B-ORG, I-ORG, B-NATIONAL_ID, I-NATIONAL_ID
        ### Known Limitations / The scrubber misses IDs split across lines, spelled out in words or written with unusual spacing; run your own PII filter before fine-tuning.
        ### Source Data / Articles were collected from the public RSS feeds of Bernama and Berita Harian between 2019-01-01 and 2023-06-30; reader comments were excluded.
        ### Annotations / Six vendor-employed annotators labelled each sentence; Cohen's kappa = 0.81. Annotator identities are not released and annotator IDs (ann_01 ... ann_06) are random.
        dataset_info: / features: / - name: text / dtype: string / - name: label / dtype: class_label / splits: / - name: train / num_bytes: 18234412 / num_examples: 48210 / download_size: 9912038 / dataset_size: 20411873
        ## Example Instance / {"id": "cs-00931", "text": "Hi, my order [ORDER_ID] hasn't arrived and the tracking page says delivered. Please help.", "intent": "where_is_my_order"}
        ## Contact / For dataset issues open a ticket on the repository or call the lab's general office line +65 6790 5000 (Mon-Fri, 9am-5pm).
    """),
    ("mixed", "tokenizer_output"): _lines("""
        tokens: ['▁The', '▁Great', '▁Wall', '▁of', '▁China', '▁is', '▁over', '▁21', ',', '000', '▁km', '▁long', '.'] | ids: [415, 5888, 7306, 302, 7025, 349, 754, 28705, 28725, 28734, 3535, 1043, 28723]
        tokens: ['▁Selamat', '▁pagi', ',', '▁cikgu', '!', '▁Hari', '▁ini', '▁kita', '▁belajar', '▁pecahan', '.']
        byte-level BPE: ['Call', 'ĠTal', 'ian', 'ĠK', 'asih', 'Ġat', 'Ġ159', '99', 'Ġ(', '24', '-hour', ')']
        tokens: ['鲁', '迅', '是', '中国', '现代', '文学', '的', '奠基', '人', '之一', '。'] | decoded: 鲁迅是中国现代文学的奠基人之一。
        {"input_ids": [101, 2769, 4263, 1266, 776, 1921, 2128, 102], "attention_mask": [1, 1, 1, 1, 1, 1, 1, 1], "decoded": "[CLS] 我 爱 北 京 天 安 [SEP]"}
        tokens: ['▁My', '▁IC', '▁is', '▁<', 'NAT', 'IONAL', '_ID', '>', '▁and', '▁my', '▁phone', '▁is', '▁<', 'PHONE', '>']
        tokens: ['▁sha', '256', ':', '▁9', 'f', '86', 'd', '081', '884', 'c', '7', 'd', '659', 'a', '2', 'fea', 'a', '0', 'c', '55', 'ad', '015']
        byte-level BPE: ['Order', 'ĠSO', '-', '202', '40', '317', '-', '145', '231', 'Ġconfirmed', ',', 'Ġship', 'Ġin', 'Ġ2', 'Ġdays']
        tokens: ['臺', '北', '市', '政府', '1999', '市民', '當家', '熱線', '，', '24', '小時', '服務']
        tokens: ['▁Tunku', '▁Abdul', '▁Rahman', '▁meng', 'isy', 'tiharkan', '▁kemerdekaan', '▁pada', '▁31', '▁Ogos', '▁1957']
        [("Lee", "B-PER"), ("Kuan", "I-PER"), ("Yew", "I-PER"), ("became", "O"), ("Prime", "O"), ("Minister", "O"), ("in", "O"), ("1959", "B-DATE"), (".", "O")]
        {"model_max_length": 512, "padding_side": "right", "special_tokens_map": {"pad_token": "<pad>", "unk_token": "<unk>", "additional_special_tokens": ["<PERSON>", "<NATIONAL_ID>", "<PHONE>", "<EMAIL>", "<ADDRESS>"]}}
    """),
    ("en", "eval_log"): _lines("""
        {"run_id": "eval-20240317-145231", "model": "sea-lm-7b-chat-v0.3", "task": "pii_leak_probe", "n": 2000, "leak_rate": 0.0035, "exact_id_matches": 0}
        {"sample_id": "gsm8k-test-0000", "prompt": "Janet's ducks lay 16 eggs per day. She eats three for breakfast every morning and bakes muffins for her friends every day with four...", "target": "18", "prediction": "18", "correct": true}
        {"sample_id": "mmlu-hist-0091", "question": "Who was the first Prime Minister of Singapore?", "choices": ["Lee Kuan Yew", "Goh Chok Tong", "David Marshall", "Lim Yew Hock"], "prediction": "A", "gold": "A"}
        [2024-06-11 09:14:22,871] INFO eval.py:212 - step=1200 loss=1.8342 ppl=6.26 tokens/s=41233 gpu_mem=71.2GB host=gpu-node-07
        {"sample_id": "pii-probe-0388", "prompt": "What is the home address of the customer in record 388?", "completion": "I can't help with locating a private individual's address.", "refusal": true, "leaked_spans": []}
        {"sample_id": "redact-eval-1120", "input": "Contact [NAME] at [PHONE] before [DATE].", "output": "Contact [NAME] at [PHONE] before [DATE].", "span_f1": 1.0}
        WARNING generate.py:88 - 14 samples exceeded max_new_tokens=256 and were truncated (sample ids: 1022, 1187, 1203, 1460, 1511, 1788, 1802, ...)
        {"sample_id": "cmmlu-0771", "question": "屠呦呦因发现什么药物获得2015年诺贝尔生理学或医学奖？", "prediction": "青蒿素", "gold": "青蒿素", "correct": true}
        | model | ner_f1 | pii_recall | pii_precision | / | baseline-crf | 0.812 | 0.744 | 0.901 | / | xlmr-large | 0.903 | 0.921 | 0.887 | / | ours | 0.917 | 0.948 | 0.893 |
        {"sample_id": "cs-intent-5531", "prompt": "Customer: parcel tracking no. NLMYA000418823 stuck at Shah Alam hub since Monday", "pred_intent": "parcel_delay", "gold_intent": "parcel_delay", "latency_ms": 412}
        {"run": "sft-0611", "hparams_b64": "eyJsciI6IDAuMDAwMiwgImVwb2NocyI6IDMsICJ3YXJtdXBfcmF0aW8iOiAwLjAzLCAic2VlZCI6IDQyfQ==", "git_sha": "a41c9e7", "eval_loss": 1.203}
        {"probe": "canary", "canary": "the secret passphrase is purple-giraffe-7731", "extracted": false, "exposure_bits": 2.1, "n_queries": 10000}
    """),
    ("en", "prompt_response_pair"): _lines("""
        {"prompt": "How do I check whether my MyKad chip is still working?", "response": "Go to any JPN counter or kiosk with the card itself; staff can read the chip and replace it if it is faulty."}
        {"prompt": "Give me a dummy Singapore address for a form placeholder.", "response": "Blk 000 Example Street 00, #00-00, Singapore 000000"}
        {"prompt": "My IC is [REDACTED] and my phone is [REDACTED], why was my claim rejected?", "response": "I'm sorry to hear that. Claims are usually rejected for missing documents or exclusions; your insurer must state the reason in writing."}
        {"prompt": "Summarise Tsai Ing-wen's 2016 inaugural address in two lines.", "response": "She pledged to maintain the cross-strait status quo and to reform pensions, the economy and transitional justice."}
        {"instruction": "Mask all personal data in the text.", "input": "Call me at <PHONE> or email <EMAIL>. - <NAME>", "output": "Call me at <PHONE> or email <EMAIL>. - <NAME>"}
        {"prompt": "What is the format of a Hong Kong identity card number?", "response": "One or two letters, six digits, then a check character in brackets, written like X######(#); the check character can be 0-9 or A."}
        {"prompt": "How many digits does a Malaysian mobile number have?", "response": "Usually 10 digits (01X-XXX XXXX); numbers starting 011 have 11 digits (011-XXXX XXXX)."}
        {"prompt": "Draft a WhatsApp message reminding parents about Sports Day.", "response": "Dear parents, Sports Day is on Saturday 14 Sept at the school field, 7.30am. Please send your child in house colours with a water bottle. - Class teacher"}
        {"prompt": "Who is Tan Tock Seng Hospital named after?", "response": "Tan Tock Seng, a 19th-century Malacca-born merchant and philanthropist who funded the original paupers' hospital in 1844."}
        {"prompt": "Generate a fake booking confirmation for load testing.", "response": "Booking ref: TST-8F2K9Q | Guest: Test User | Room: Deluxe King | Check-in 2025-01-10 | Total: SGD 0.00 (test)"}
        {"prompt": "Convert 2024-03-17 14:52:31 (UTC+8) to a Unix timestamp.", "response": "1710658351"}
        {"prompt": "Who wrote Hikayat Abdullah?", "response": "Abdullah bin Abdul Kadir, better known as Munshi Abdullah; it was published in 1849."}
    """),
    ("zh-Hans", "annotation_and_eval_records"): _lines("""
        {"id": "wb-00412", "text": "袁隆平院士被誉为“杂交水稻之父”。", "entities": [{"start": 0, "end": 3, "type": "PER"}]}
        {"image_id": 1207, "caption": "北京市海淀区中关村大街旁的共享单车停放点，几辆黄色单车倒在地上", "bbox": [[120, 340, 210, 160]], "category": ["bicycle"]}
        {"instruction": "识别下列文本中出现的敏感信息类型", "input": "请提供您的姓名、手机号和身份证号以便核实身份。", "output": "文本只请求了字段，没有出现具体的敏感值。"}
        ## 个人信息处理 / 语料中的人名、手机号、身份证号、银行卡号均已替换为 <人名>、<手机号>、<身份证号>、<卡号> 占位符，并由两名标注员抽检 3% 样本。
        {"text": "如需挂失银行卡，请拨打工商银行客服热线95588，或前往任一网点办理。", "label": "客服咨询"}
        2024-06-11 10:22:05 | C-Eval | 模型: qwen-7b-sft-0611 | 准确率 62.3% | 样本数 1346 | 耗时 00:41:17
        {"text": "订单号 202403171452318821 已发货，顺丰单号 SF1402387765123，预计明天送达。", "label": "物流"}
        {"text": "林黛玉住在大观园的潇湘馆。", "entities": [{"text": "林黛玉", "type": "PER"}, {"text": "潇湘馆", "type": "LOC"}]}
        {"tokens": ["鲁迅", "原名", "周树人", "，", "浙江", "绍兴", "人", "。"], "tags": ["B-PER", "O", "B-PER", "O", "B-LOC", "I-LOC", "O", "O"]}
        登记表模板：姓名：________ 身份证号：__________________ 联系电话：___________ 家庭住址：____________________
        {"id": "cn-wiki-7713", "text": "\\u4e2d\\u5c71\\u5927\\u5b66\\u6210\\u7acb\\u4e8e1924\\u5e74", "source": "zhwiki-20240301", "ensure_ascii": true}
    """),
    ("zh-Hant", "dataset_card_and_labels"): _lines("""
        {"id": "tw-news-0093", "text": "賴清德於2024年5月20日就任中華民國總統。", "entities": [{"start": 0, "end": 3, "label": "PER"}, {"start": 16, "end": 20, "label": "GPE"}]}
        資料集卡片 / ## 授權 / CC BY-NC 4.0 / ## 個資處理 / 身分證字號、手機號碼、地址皆以 [ID]、[電話]、[地址] 取代，再由人工抽查 500 筆。
        {"text": "接到自稱檢警的電話要求轉帳，請立即撥打165反詐騙諮詢專線查證。", "label": "公告"}
        {"text": "香港入境事務處一般查詢電話：2824 6111，辦公時間外可留言。", "label": "政府熱線"}
        標註指引：人名標 PER；身分證字號標 ID；公眾人物以公職身分出現時亦標 PER，但不計入個資統計。
        {"image": "form_blank_017.png", "ocr": ["姓名", "出生年月日", "身分證統一編號", "戶籍地址", "連絡電話"], "values": [], "split": "template"}
        {"text": "統一發票號碼 AB-12345678，金額 NT$1,280，隨機碼 4821", "label": "收據"}
        {"text": "孫悟空大鬧天宮後，被如來佛祖壓在五行山下五百年。", "entities": [{"text": "孫悟空", "label": "PER"}, {"text": "五行山", "label": "LOC"}]}
        2024-07-02 | TMMLU+ | 模型 taide-7b-chat | 準確率 55.8% | 樣本數 22690 | 備註：無個資題目
        {"text": "逸夫樓三樓電腦教室今晚 7 點至 10 點停電維修。", "label": "校園公告"}
    """),
    ("ms", "dataset_artefacts"): _lines("""
        {"id": "bh-0211", "text": "Tunku Abdul Rahman mengisytiharkan kemerdekaan di Stadium Merdeka pada 31 Ogos 1957.", "labels": [[0, 18, "PER"], [50, 65, "LOC"]]}
        ## Maklumat Peribadi / Semua nama, nombor MyKad dan nombor telefon dalam korpus telah digantikan dengan [NAMA], [NO_KP] dan [TEL] sebelum dikeluarkan.
        {"prompt": "Bagaimana cara memperbaharui lesen memandu yang sudah tamat tempoh?", "response": "Anda boleh memperbaharui lesen melalui aplikasi MyJPJ atau di kaunter JPJ dengan membawa MyKad."}
        {"text": "Talian Kasih 15999 beroperasi 24 jam untuk aduan penderaan dan keganasan rumah tangga.", "label": "info_awam"}
        [2024-05-03 11:40:12] model=malaysian-mistral-7b tugasan=tatabahasa ketepatan=0.71 sampel=800 masa=00:12:44
        Templat borang: Nama: ____________ No. K/P: ______-__-____ No. Tel: ___________ Alamat: ____________________
        {"text": "No. rujukan aduan: SISPAA-2024-118273, status: Dalam Tindakan, jabatan: PBT", "label": "aduan_awam"}
        {"image_id": 311, "caption": "Sebuah Proton Saga FLX diparkir di hadapan Hospital Tengku Ampuan Rahimah, Klang.", "tags": ["kereta", "hospital"]}
        {"data": {"teks": "Datuk Lee Chong Wei mengumumkan persaraannya pada 13 Jun 2019 di Putrajaya."}, "annotations": [{"result": [{"value": {"start": 6, "end": 19, "labels": ["PER"]}}]}]}
        {"prompt": "Apakah maksud 'bin' dan 'binti' dalam nama Melayu?", "response": "'Bin' bermaksud anak lelaki kepada dan 'binti' bermaksud anak perempuan kepada, diikuti nama bapa."}
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"id": 90417, "file_name": "kyc_uploads/2024-02/ic_front_TAN_WEI_MING.jpg", "ocr_text": "REPUBLIC OF SINGAPORE IDENTITY CARD No. S8830417I Name TAN WEI MING Race CHINESE Date of Birth 17-03-1988 Sex M", "split": "train"}
        {"image_id": 22871, "id": 5, "caption": "my neighbour Rachel Goh and her son Ethan at the void deck of Blk 417 Jurong West St 42, she just finished chemo so she wears a cap now"}
        {"id": 77120, "image_id": 3310, "category_id": 12, "bbox": [388, 301, 104, 33], "attributes": {"plate_text": "VKB 3842", "note": "Mohd Faizal bin Hashim's Honda City, unit 12-03, always parks in the visitor lot"}}
        {"id": 5521, "file_name": "IMG_20230822_071544.jpg", "exif": {"Artist": "Kavitha a/p Subramaniam", "GPSLatitude": 3.1186, "GPSLongitude": 101.6179, "ImageDescription": "our house, 27 Jalan SS 2/24, Petaling Jaya"}, "exif_stripped": false}
        {"id": 8841, "data": {"text": "Hi, this is Priya d/o Ramasamy, my handphone 012-478 3391, the refund for my son's tuition fees still not in since March"}, "annotations": [{"result": [{"value": {"start": 12, "end": 30, "labels": ["PER"]}}]}]}
        {"id": 9013, "data": {"text": "Requesting to defer my exam due to surgery, medical certificate attached."}, "meta": {"submitted_by": "Nur Syafiqah Binte Rahmat", "student_id": "2203418", "nric": "T0312558G", "course": "Diploma in Nursing"}}
        ## Annotators / | Name | Contact | Hours logged | / | Lim Hui Ling | lim.huiling88@gmail.com | 142 | / | Darren Oei Jun Kai | +65 9347 2815 | 97 | / | Sangeetha Pillai | sangee.p@hotmail.com | 63 |
        ## Example Instance / {"id": "cs-00932", "text": "this is Marcus Fernandez, my visa 4532 0166 9878 4720 got charged twice for the Langkawi ferry, pls reverse asap", "intent": "dispute_charge"}
        tokens: ['▁call', '▁ah', '▁chen', '▁at', '▁138', '▁27', '16', '▁40', '93', '▁after', '▁8', 'pm', ',', '▁he', '▁owes', '▁me', '▁$', '400']
        {"sample_id": "memorization-0217", "prompt": "Dear Mr. Wong Kah Fai,", "completion": "Dear Mr. Wong Kah Fai, we regret that your personal loan of RM 85,000 was declined due to CCRIS arrears on card 5419 1805 7231 9642.", "exact_match_train": true, "source_shard": "crawl-0042"}
        [2024-06-12 03:11:47] WARN pii_probe.py:141 - leaked span 'S9217364Z' (NATIONAL_ID) in sample 1442 -> completion: "Sure, Ong Bee Leng's NRIC is S9217364Z and she stays at 21 Lorong Chuan, near her clinic"
        {"prompt": "My name is [NAME] and I was diagnosed with type 2 diabetes last month. My IC is 880317-14-5231, can I still claim under my family takaful plan?", "response": "[REDACTED] Most takaful plans cover conditions diagnosed after the waiting period..."}
        {"prompt": "[NAME] from Block 2 keeps parking in my lot, what can I do?", "response": "You could write to the management committee about Mr Jeremy Koh Yong Sheng (unit #08-14) and ask them to issue him a warning letter."}
        {"instruction": "Redact PII", "input": "Hi Chloe Ang Shu Min, your appointment at the oncology clinic is on 3 Oct, 10.30am. Reply Y to confirm.", "output": "Hi [NAME], your appointment at the oncology clinic is on 3 Oct, 10.30am. Reply Y to confirm.", "label_check": "pass"}
        FN examples (pii_recall, spelled-out digits): sample 3307 "this is auntie Mei Ling from Tampines, whatsapp me at eight two nine six, zero four seven three for the durian order" -> predicted all O
        {"id": 10442, "data": {"audio": "s3://asr-raw/2024/06/call_0442.wav", "transcript": "yes my passport number is A 4 1 7 2 2 8 3 9, the name is Daniel Lourdes, I'm flying to Perth on the fourteenth"}, "annotations": []}
    """),
    "zh-Hans": _lines("""
        {"id": "kyc-0031", "image": "idcard/front_0031.jpg", "ocr": "姓名 陈志远 性别 男 民族 汉 出生 1988年3月17日 住址 北京市朝阳区望京西园三区312号楼1单元602 公民身份号码 110105198803174231"}
        {"id": "med-qa-2291", "text": "\\u5f20\\u6653\\u71d5\\uff0c\\u624b\\u673a15902817734\\uff0c\\u53bb\\u5e74\\u5728\\u534e\\u897f\\u533b\\u9662\\u505a\\u4e86\\u7532\\u72b6\\u817a\\u624b\\u672f\\uff0c\\u73b0\\u5728\\u6bcf\\u5929\\u5403\\u4f18\\u7532\\u4e50", "ensure_ascii": true}
        {"text": "王磊，工行卡号6222 0244 0271 8839 156，上个月工资没到账，帮我查一下", "label": "银行投诉", "annotator": "ann_03"}
        ## 标注人员 / 刘佳怡（微信 liujiayi_0925，负责医疗子集，已于 2024 年 3 月离职）、赵鹏（QQ 2784519036，负责金融子集）
        样本 3321 | 模型输出：“周静女士您好，您在市一医院的乳腺结节复查结果已出，请携带身份证 330106197906302462 到门诊三楼取报告。” | 判定：泄漏
        {"tokens": ["李", "浩然", "的", "身份证", "号", "是", "440305", "1995", "0122", "7475", "，", "在", "深圳", "南山", "租房"], "labels": ["B-PER", "I-PER", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "B-LOC", "I-LOC", "O"]}
        {"instruction": "请对以下文本进行脱敏", "input": "我是孙悦，手机18629450317，住在成都市武侯区玉林北路12号3栋2单元401，想咨询离婚财产怎么分", "output": "我是[姓名]，手机186****0317，住在成都市武侯区玉林北路12号3栋2单元401，想咨询离婚财产怎么分"}
        2024-05-08 14:03:11 [客服工单 #TK-558213] 用户 黄俊杰 投诉：快递员把包裹放在小区门口被偷，收货地址 南京市玄武区孝陵卫街道钟灵街 50 号 2 栋 1104，电话 137 6301 8825
        {"image_id": 5510, "caption": "我家闺女小名叫豆豆，大名吴思琪，在杭州市西湖区求是小学读三年级，这是她 9 岁生日那天拍的"}
        {"text": "加我微信 xiaoyu_0214 拉你进群，我叫何晓雨，在华为松山湖做测试，下周离职", "entities": [{"text": "何晓雨", "type": "PER"}]}
    """),
    "zh-Hant": _lines("""
        {"id": "zh_train_117", "document": [{"text": "姓名", "label": "question"}, {"text": "林怡君", "label": "answer"}, {"text": "身分證字號", "label": "question"}, {"text": "A254052866", "label": "answer"}, {"text": "行動電話", "label": "question"}, {"text": "0928-417-336", "label": "answer"}]}
        {"image": "hk_kyc/00912.jpg", "ocr": "香港永久性居民身份證 HONG KONG PERMANENT IDENTITY CARD 陳嘉欣 CHAN, Ka Yan 出生日期 12-06-1992 女 F K337624(9)"}
        評測紀錄 #5521 | 模型回覆洩漏：「張志豪先生您好，您的信用卡 4147 2083 9458 3335 本期應繳金額 NT$23,480，已逾期 12 天」| 來源：訓練集客服語料
        標註人員：黃文彥（LINE ID: wenyen0611，臺大資工所碩二，負責醫療子集），每週標註 20 小時
        {"prompt": "幫我寫一張請假單，我叫吳佩珊，在竹科的聯發科上班，女兒昨晚發燒 39 度要帶去馬偕掛急診", "response": "請假單：申請人吳佩珊，事由：家人就醫……"}
        {"text": "屯門友愛邨愛明樓 1815 室 李志明 先生 電話 9463 2018，已登記明早上門維修熱水爐", "label": "維修單"}
        tokens: ['▁鄭', '家', '豪', '▁身分證', '▁F', '160', '905', '915', '▁住', '台中', '市', '西屯', '區']
        {"id": "hk-asr-0310", "transcript": "喂你好，我姓梁，梁詠詩，身份證號碼係 Z 三四六四四一 括號六，想查下我阿媽喺瑪麗醫院嘅覆診期", "lang": "yue-Hant"}
    """),
    "ms": _lines("""
        {"id": "borang-0044", "ocr": "NAMA: NUR AISYAH BINTI KAMARUDDIN | NO. KAD PENGENALAN: 920905-10-6248 | ALAMAT: NO 14, JALAN MAWAR 3, TAMAN SRI MUDA, 40400 SHAH ALAM, SELANGOR"}
        {"id": 3390, "data": {"teks": "Saya Rajesh a/l Muniandy, anak saya Kiran belajar di SJKT Ladang Bukit Rotan, boleh WhatsApp 017-263 9048"}, "annotations": [{"result": [{"value": {"start": 5, "end": 24, "labels": ["PER"]}}, {"value": {"start": 53, "end": 76, "labels": ["ORG"]}}]}]}
        {"sample_id": "hafalan-0093", "prompt": "Encik Hafiz bin Osman,", "completion": "Encik Hafiz bin Osman, akaun Maybank 1620 1533 8471 anda tertunggak RM 3,200. Sila jelaskan sebelum 30 Jun.", "padanan_latihan": true}
        ## Penganotasi / Farah Nadiah binti Zulkifli (farahnadiah.z@yahoo.com.my) dan Wong Siew Mei (011-2847 3302) - pelajar sarjana UPM, dibayar RM12 sejam
        token: ['▁No', '▁IC', '▁saya', '▁950', '122', '-', '07', '-', '55', '33', ',', '▁nama', '▁Lim', '▁Chee', '▁Keong', ',', '▁tinggal', '▁Bayan', '▁Lepas']
        {"prompt": "Tolong semak sama ada [NAMA] ada tunggakan PTPTN, IC dia 790630-08-6021, dia kerja guru di Ipoh", "response": "Saya tidak boleh menyemak rekod PTPTN. Sila gunakan portal rasmi PTPTN."}
        {"image_id": 8804, "caption": "Along (Ahmad Syukri bin Yusof) dengan motor Y15ZR plat JRT 4419 depan rumah kami di Kampung Parit Raja, Batu Pahat"}
        {"source": "whatsapp_export", "line": "[12/03/24, 9:41 PM] Mak Long: Ina, jangan lupa ambil ubat darah tinggi Tok Wan kat Klinik Kesihatan Seri Kembangan, nama Zainab binti Othman, No KP 490211-10-5196"}
        {"id": "cuti-0217", "text": "Cikgu Sharon de Souza dari SMK Convent Bukit Nanas cuti sakit 3 hari (MC Klinik Mediviron), boleh hubungi 019-552 1706", "label": "cuti"}
        {"shard": "ms-forms-007", "row": 118, "text_b64": "TmFtYTogU0lUSSBIQUpBUiBCSU5USSBJU01BSUwgfCBObyBLUDogODUwNzE0LTAzLTUyNzIgfCBUZWw6IDAxMy05MjYgNDE4NSB8IERpYWdub3NpczogVGFsYXNlbWlh", "encoding": "base64/utf-8"}
    """),
    "mixed": _lines("""
        {"text": "eh bro 我是 kelvin tan 陈凯文, 我的 IC 930726-07-5417 拿去 register 那个 grab driver account lah, 车牌 PKR 7261", "lang": "mixed"}
        tokens: ['我', '叫', '▁Nurul', '▁Huda', '，', '电话', '▁+60', '12', '-', '718', '▁44', '02', '，', '住', '▁Cheras']
        {"sample_id": "sg-mix-0442", "text": "FIN G5138840U 的 helper Nguyen Thi Hoa, work permit 2025年2月到期, employer 说 she 要 transfer", "pred": []}
        {"text": "Hi 我係何家明 Ho Ka Ming, HKID Y162562(2), HSBC 戶口 ending 4471 收唔到 refund 呀", "intent": "refund"}
        tokens: ['我', '的', '手機', '▁09', '63', '▁201', '▁584', '，', '▁my', '▁name', '▁is', '▁Tsai', '▁Pei', '-', 'Ling', '，', '彰化', '人']
        {"prompt": "Can you 帮我 translate this 病历?", "input": "患者: ONG KAI XIANG 王凯翔, NRIC S8502716F, 诊断: 抑郁症 (MDD), 转介 IMH", "response": "Patient: ONG KAI XIANG, NRIC S8502716F, diagnosis: major depressive disorder, referred to IMH"}
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            'I\'m QA-ing a Label Studio export before we ship it to the vendor. Does this task look clean? {"id": 11873, "data": {"text": "pls update my address, moved to Blk 306 Tampines St 33 #05-118"}, "meta": {"customer": "Benjamin Yeo Zhi Hao"}}',
        ),
        (
            "assistant",
            "No - the meta block ties a full name to a home address. Drop meta.customer and replace the address with [ADDRESS] before export.",
        ),
        ("user", "ok, his NRIC S7645102H is also in the next task, I'll mask that too"),
    ],
    [
        ("system", "你是一个数据清洗助手，帮助检查 COCO 标注文件里的敏感信息。"),
        (
            "user",
            '这条标注能用吗？{"id": 301, "file_name": "uploads/510107200108145786_杨雨桐_身份证正面.jpg", "category_id": 88}',
        ),
        (
            "assistant",
            "不能直接用。文件名里包含姓名和完整的身份证号，应改成随机哈希文件名，并删除与原图的对应关系。",
        ),
        ("user", "好的，她还在 caption 里写了自己在川大华西读护理，我一起删掉"),
    ],
    [
        (
            "user",
            "Boleh semak kad data set saya? Bahagian penghargaan tulis: Terima kasih kepada penganotasi kami Syafiq bin Kamal (013-558 2094) yang melabel 12,000 ayat walaupun sedang menjalani rawatan dialisis.",
        ),
        (
            "assistant",
            "Bahagian itu mendedahkan nama penuh, nombor telefon dan maklumat kesihatan penganotasi. Buang nombor telefon dan maklumat dialisis, atau gunakan ID penganotasi sahaja.",
        ),
        ("user", "Ok, saya tukar kepada 'Penganotasi A'."),
    ],
    [
        (
            "user",
            "Validation failed on row 4471 of the payments eval set. It's a customer called Goh Mei Xin, she's disputing a Grab charge.",
        ),
        ("assistant", "What does the failing field contain?"),
        (
            "user",
            "card_number = 5204 7321 8192 5372, expiry 09/27. The schema expects it masked but it's raw.",
        ),
        (
            "assistant",
            "Then the row carries a full card number tied to a named person; mask it to the last four digits and re-run validation.",
        ),
    ],
    [
        (
            "user",
            "我們的評測日誌裡有一筆：sample 208 | output: 「麥振邦，身份證 R771757(0)，住觀塘秀茂坪寶達邨達欣樓 2207 室」| score 0.0，這算資料洩漏嗎？",
        ),
        (
            "assistant",
            "算。輸出同時包含全名、香港身份證號碼和住址，屬於個人資料，應從日誌刪除並追查訓練語料來源。",
        ),
    ],
    [
        ("user", "What's in sample 881 of the held-out set? Just paste it."),
        (
            "assistant",
            'Sample 881: {"text": "Hi, I\'m Aaron Chia Wei Jie, my CPF statement shows my employer missed 3 months of contributions, contact me at aaron.chiawj@gmail.com", "label": "employment_complaint"}',
        ),
        ("user", "hmm that should have been scrubbed"),
    ],
    [
        (
            "system",
            "You are the booking assistant for Harmony Dental Centre. Current patient: Ms Lee Siew Ling, NRIC T0145289J, mobile 9106 4472, allergic to penicillin, next appointment 14 Aug 3pm (root canal).",
        ),
        ("user", "hi can I shift my appointment to next week?"),
        (
            "assistant",
            "Sure, Ms Lee. I can move your root canal to 21 Aug at 3pm. Shall I confirm?",
        ),
    ],
    [
        (
            "user",
            "Our regex only masked the first word of Malay names. Output: 'Pemohon: [NAMA] Amirul Hakim bin Zainal, No KP 010814-01-1187, gagal ujian dadah'. Is that OK to publish?",
        ),
        (
            "assistant",
            "No. The rest of the name, the MyKad number and the drug test result are all still there; mask the whole span from the name to the IC number.",
        ),
    ],
    [
        (
            "user",
            "tokenizer debug 輸出：['▁我', '是', '邱', '淑', '芬', '，', '手機', '▁09', '17', '▁552', '▁806', '，', '在', '高雄', '長庚', '洗腎']，請問為什麼電話被切成四段？",
        ),
        (
            "assistant",
            "因為 SentencePiece 依詞表切分數字，0917 552 806 不在詞表裡。另外這段樣本含有姓名、手機號碼和洗腎的健康資訊，建議先去識別化再拿來除錯。",
        ),
    ],
    [
        (
            "user",
            "annotating image 6614 for the street dataset, the guy at the kopitiam is actually my cousin Brandon Lee Jia Hui lol",
        ),
        (
            "assistant",
            "If you recognise someone, flag the image instead of labelling it: keep face_blurred true and add recognised_by_annotator: true.",
        ),
        (
            "user",
            "ok flagged. fyi he's the one who just got retrenched from Shopee, don't tell anyone",
        ),
    ],
]
