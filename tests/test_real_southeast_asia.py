"""News as the press of Thailand, Laos, Cambodia, Myanmar, Vietnam, Indonesia, Malaysia
and the Philippines, Greece, Georgia and Armenia writes it: the verdicts of rules of each
type on a few paragraphs in each language, and the sentence each verdict rests on."""

from __future__ import annotations

import pytest
from real_news import checked, sentence

from checker.testing import result

THAI = """แผ่นดินไหวขนาด 6.1 เขย่าเชียงราย บ้านเรือนเสียหายกว่า 1,200 หลัง

เชียงราย – เมื่อเวลา 04.35 น. ของวันพุธที่ 13 ก.ย. 2566 เกิดแผ่นดินไหวขนาด 6.1 ที่อำเภอแม่ลาว จังหวัดเชียงราย กรมอุตุนิยมวิทยารายงานว่ามีผู้เสียชีวิต 3 ราย และผู้บาดเจ็บกว่า 250 คน

อย่างไรก็ตาม รัฐบาลยังไม่ประกาศภาวะฉุกเฉินในพื้นที่ ขณะที่นายกรัฐมนตรีเศรษฐา ทวีสิน มีกำหนดลงพื้นที่ในวันนี้ (14 ก.ย.)

การเลือกตั้งทั่วไปเมื่อวันอาทิตย์ที่ 14 พฤษภาคม 2566 มีผู้มาใช้สิทธิคิดเป็นร้อยละ 75.22
"""


def test_thai_earthquake() -> None:
    rules = """
- id: quake-date
  check: date
  expect: 2023-09-13
  about: [แผ่นดินไหว]
- id: injured
  check: number
  expect: 300
  unit: people
  units: [คน]
  about: [บาดเจ็บ]
- id: turnout
  check: number
  expect: 75.22
  unit: percent
  about: [ใช้สิทธิ]
- id: emergency
  check: phrase
  expect: [รัฐบาลประกาศภาวะฉุกเฉิน]
"""
    found, quoted, report = checked(rules, THAI, "th", "2023-09-14")
    assert found == {"quake-date": "agrees", "injured": "agrees", "turnout": "agrees", "emergency": "contradicts"}
    assert quoted["quake-date"] == "วันพุธที่ 13 ก.ย. 2566"
    assert quoted["injured"] == "กว่า 250 คน"  # more than 250: agrees with 300
    assert quoted["turnout"] == "ร้อยละ 75.22"
    assert quoted["emergency"] == "รัฐบาลยังไม่ประกาศภาวะฉุกเฉิน"
    assert sentence(report, "emergency").startswith("อย่างไรก็ตาม")


LAO = """ຫຼວງພະບາງ (ຂປລ) – ໃນວັນພຸດ ທີ 13 ກັນຍາ 2023 ໄດ້ເກີດນ້ຳຖ້ວມໜັກຢູ່ເມືອງງອຍ ແຂວງຫຼວງພະບາງ

ມີປະຊາຊົນໄດ້ຮັບຜົນກະທົບກວ່າ 3.200 ຄອບຄົວ ມູນຄ່າຄວາມເສຍຫາຍເບື້ອງຕົ້ນປະມານ 12 ຕື້ກີບ

ມື້ວານນີ້ ລັດຖະບານໄດ້ອະນຸມັດງົບປະມານຊ່ວຍເຫຼືອສຸກເສີນ 5 ຕື້ກີບ

ເຈົ້າໜ້າທີ່ຢືນຢັນວ່າ ທາງລົດໄຟລາວ-ຈີນ ບໍ່ໄດ້ຮັບຜົນກະທົບ ແລະ ຍັງເປີດບໍລິການຕາມປົກກະຕິ
"""


def test_lao_flood() -> None:
    rules = """
- id: flood-date
  check: date
  expect: 2023-09-13
  about: [ນ້ຳຖ້ວມ]
- id: families
  check: number
  expect: ">= 3000"
  unit: families
  units: [ຄອບຄົວ]
  about: [ຜົນກະທົບ]
- id: aid-date
  check: date
  expect: 2023-09-13
  about: [ອະນຸມັດ]
- id: aid
  check: number
  expect: 5000000000
  unit: LAK
  about: [ງົບປະມານ]
- id: railway-hit
  check: phrase
  expect: [ທາງລົດໄຟລາວ-ຈີນ ໄດ້ຮັບຜົນກະທົບ]
"""
    found, quoted, _ = checked(rules, LAO, "lo", "2023-09-15")
    assert found == {"flood-date": "agrees", "families": "agrees", "aid-date": "contradicts",
                     "aid": "agrees", "railway-hit": "contradicts"}
    assert quoted["flood-date"] == "ວັນພຸດ ທີ 13 ກັນຍາ 2023"
    assert quoted["families"] == "ກວ່າ 3.200 ຄອບຄົວ"
    assert quoted["aid-date"] == "ມື້ວານນີ້"  # published on the 15th: the 14th
    assert quoted["aid"] == "5 ຕື້ກີບ"
    assert quoted["railway-hit"] == "ທາງລົດໄຟລາວ-ຈີນ ບໍ່ໄດ້ຮັບຜົນກະທົບ"


KHMER = """ភ្នំពេញ៖ កម្មករកាត់ដេរជាង ៣,២០០ នាក់ បានធ្វើកូដកម្មកាលពីថ្ងៃពុធ ទី១៣ ខែកញ្ញា ឆ្នាំ២០២៣ ដើម្បីទាមទារប្រាក់ឈ្នួលអប្បបរមា ២៥០ ដុល្លារក្នុងមួយខែ ។ តំណាងក្រុមហ៊ុនបានបដិសេធថា ក្រុមហ៊ុនមិនបានកាត់ប្រាក់ឈ្នួលកម្មករទេ ។

កាលពីម្សិលមិញ ក្រសួងការងារ បានអំពាវនាវឱ្យភាគីទាំងពីរចរចាគ្នា ។ ការនាំចេញសម្លៀកបំពាក់មានតម្លៃជាង ៤.៥ ពាន់លានដុល្លារ ។
"""


def test_khmer_strike() -> None:
    rules = """
- id: strike-date
  check: date
  expect: 2023-09-13
  about: [កូដកម្ម]
- id: strikers
  check: number
  expect: ">= 3000"
  unit: people
  units: [នាក់]
  about: [កូដកម្ម]
- id: wage
  check: number
  expect: 250
  unit: USD
  about: [ប្រាក់ឈ្នួលអប្បបរមា]
- id: ministry-date
  check: date
  expect: 2023-09-13
  about: [អំពាវនាវ]
- id: exports
  check: number
  expect: 5000000000
  unit: USD
  about: [នាំចេញ]
- id: wages-cut
  check: phrase
  expect: [ក្រុមហ៊ុនបានកាត់ប្រាក់ឈ្នួល]
"""
    found, quoted, report = checked(rules, KHMER, "km", "2023-09-14")
    assert found == {"strike-date": "agrees", "strikers": "agrees", "wage": "agrees", "ministry-date": "agrees",
                     "exports": "agrees", "wages-cut": "contradicts"}
    assert quoted["strike-date"] == "ពុធ ទី១៣ ខែកញ្ញា ឆ្នាំ២០២៣"
    assert quoted["strikers"] == "ជាង ៣,២០០ នាក់"
    assert quoted["wage"] == "២៥០ ដុល្លារ"
    assert quoted["ministry-date"] == "ម្សិលមិញ"
    assert quoted["exports"] == "ជាង ៤.៥ ពាន់លានដុល្លារ"  # more than 4.5 billion: 5 billion agrees
    assert quoted["wages-cut"] == "ក្រុមហ៊ុនមិនបានកាត់ប្រាក់ឈ្នួល"
    # a Khmer sentence ends with ។
    assert sentence(report, "wages-cut") == "តំណាងក្រុមហ៊ុនបានបដិសេធថា ក្រុមហ៊ុនមិនបានកាត់ប្រាក់ឈ្នួលកម្មករទេ ។"


BURMESE = """စစ်ကိုင်းတိုင်းတွင် ငလျင်လှုပ်၍ လူ ၁၂ ဦး သေဆုံး

၂၀၂၃ ခုနှစ် စက်တင်ဘာလ ၁၃ ရက် ဗုဒ္ဓဟူးနေ့ နံနက် ၄ နာရီတွင် စစ်ကိုင်းတိုင်းဒေသကြီး၌ ငလျင်လှုပ်ခတ်ခဲ့သည်။ လူ ၁၂ ဦး သေဆုံးပြီး ၁၅၀ ကျော် ဒဏ်ရာရရှိခဲ့သည်။

အာဏာပိုင်များသည် အရေးပေါ်အခြေအနေ မကြေညာသေးပါ။ မနေ့က ကယ်ဆယ်ရေးအဖွဲ့များ ဒေသသို့ ရောက်ရှိခဲ့သည်။

ဒေသခံများ ကူညီရန် ကျပ်သိန်း ၅,၀၀၀ ထောက်ပံ့မည်ဟု တာဝန်ရှိသူများက ပြောသည်။
"""


def test_burmese_earthquake() -> None:
    rules = """
- id: quake-date
  check: date
  expect: 2023-09-12
  about: [ငလျင်လှုပ်ခတ်]
- id: dead
  check: number
  expect: 12
  unit: people
  units: [ဦး]
  about: [သေဆုံး]
- id: injured
  check: number
  expect: ">= 100"
  about: [ဒဏ်ရာ]
- id: rescuers
  check: date
  expect: 2023-09-13
  about: [ကယ်ဆယ်ရေး]
- id: emergency
  check: phrase
  expect: [အရေးပေါ်အခြေအနေ ကြေညာ]
- id: aid
  check: number
  expect: 500000000
  unit: MMK
  about: [ထောက်ပံ့]
"""
    found, quoted, report = checked(rules, BURMESE, "my", "2023-09-14")
    assert found == {"quake-date": "contradicts", "dead": "agrees", "injured": "agrees", "rescuers": "agrees",
                     "emergency": "contradicts", "aid": "agrees"}
    assert quoted["aid"] == "ကျပ်သိန်း ၅,၀၀၀"  # 5,000 lakh kyat
    assert quoted["quake-date"] == "၂၀၂၃ ခုနှစ် စက်တင်ဘာလ ၁၃ ရက် ဗုဒ္ဓဟူး"
    assert result(report, "quake-date").sources[0].values == ["Wednesday 2023-09-13"]
    assert quoted["injured"] == "၁၅၀ ကျော်"
    assert quoted["rescuers"] == "မနေ့က"
    assert sentence(report, "emergency") == "အာဏာပိုင်များသည် အရေးပေါ်အခြေအနေ မကြေညာသေးပါ။"


VIETNAMESE = """Vụ cháy chung cư mini ở phố Khương Hạ, quận Thanh Xuân, Hà Nội xảy ra vào khoảng 23h ngày 12/9 đã làm 56 người chết.

Tòa nhà cao 9 tầng, có khoảng 45 căn hộ với hơn 150 người sinh sống. Chủ tòa nhà bị bắt tạm giam hôm qua.

Cơ quan chức năng cho biết tòa nhà không được cấp phép xây dựng chung cư.

Đại hội đồng cổ đông sẽ diễn ra vào thứ Sáu, ngày 22 tháng 9 năm 2023 tại TP Hồ Chí Minh.
"""


def test_vietnamese_fire() -> None:
    rules = """
- id: fire-date
  check: date
  expect: 2023-09-12
  about: [vụ cháy]
- id: floors
  check: number
  expect: 9
  unit: floor
  units: [tầng]
  about: [tòa nhà]
- id: arrest
  check: date
  expect: 2023-09-12
  about: [bị bắt]
- id: licensed
  check: phrase
  expect: [tòa nhà được cấp phép xây dựng chung cư]
- id: meeting
  check: date
  expect: 2023-09-22
  about: [đại hội]
"""
    found, quoted, _ = checked(rules, VIETNAMESE, "vi", "2023-09-14")
    assert found == {"fire-date": "agrees", "floors": "agrees", "arrest": "contradicts", "licensed": "contradicts",
                     "meeting": "agrees"}
    assert quoted["fire-date"] == "ngày 12/9"
    assert quoted["floors"] == "9 tầng"  # a floor, not a month ("tháng")
    assert quoted["arrest"] == "hôm qua"
    assert quoted["meeting"] == "thứ Sáu, ngày 22 tháng 9 năm 2023"


INDONESIAN_AND_MALAY = {
    "id": ("2023-09-14", """CIANJUR - Gempa bumi berkekuatan magnitudo 5,6 mengguncang Kabupaten Cianjur pada Rabu (13/9/2023) pukul 13.21 WIB.

BNPB mencatat 12 orang meninggal dunia dan lebih dari 300 orang luka-luka. Pemerintah belum menetapkan status tanggap darurat bencana nasional.
"""),
    "ms": ("2023-03-03", """JOHOR BAHRU: Lebih 40,000 mangsa banjir ditempatkan di pusat pemindahan sementara di Johor.

Pasukan keselamatan telah digerakkan sejak Rabu lalu. Sekolah di daerah terjejas tidak dibuka pada Isnin depan.

Menteri Besar menafikan bahawa kerajaan negeri lewat bertindak.
"""),
}


@pytest.mark.parametrize("language", ["id", "ms"])
def test_indonesian_quake_and_malaysian_flood(language: str) -> None:
    rules = """
- id: quake-date
  check: date
  expect: 2023-09-13
  about: [gempa]
- id: dead
  check: number
  expect: 12
  unit: people
  units: [orang]
  about: [meninggal]
- id: hurt
  check: number
  expect: ">= 300"
  unit: people
  units: [orang]
  about: [luka-luka]
- id: emergency
  check: phrase
  expect: [pemerintah menetapkan status tanggap darurat bencana nasional]
- id: victims
  check: number
  expect: 40244
  units: [mangsa]
  unit: people
  about: [banjir]
- id: mobilised
  check: date
  expect: 2023-03-01
  about: [digerakkan]
- id: schools
  check: date
  expect: 2023-03-06
  about: [sekolah]
- id: late
  check: phrase
  expect: [kerajaan negeri lewat bertindak]
"""
    published, text = INDONESIAN_AND_MALAY[language]
    found, quoted, _ = checked(rules, text, language, published)
    if language == "id":
        assert {k: v for k, v in found.items() if v != "silent"} == {
            "quake-date": "agrees", "dead": "agrees", "hurt": "agrees", "emergency": "contradicts"}
        assert quoted["quake-date"] == "Rabu (13/9/2023"
        assert quoted["hurt"] == "lebih dari 300 orang"
    else:
        assert {k: v for k, v in found.items() if v != "silent"} == {
            "victims": "agrees", "mobilised": "agrees", "schools": "agrees", "late": "contradicts"}
        assert quoted["victims"] == "Lebih 40,000 mangsa"  # more than 40,000
        assert quoted["mobilised"] == "Rabu lalu"
        assert quoted["schools"] == "Isnin depan"
        assert quoted["late"] == "menafikan bahawa kerajaan negeri lewat bertindak"  # denied that


TAGALOG = """MAYNILA — Libu-libong tsuper ng jeepney ang lumahok sa isang linggong tigil-pasada na nagsimula noong Lunes, Marso 6, 2023.

Ayon sa grupong Manibela, mahigit 40,000 jeepney ang hindi bumiyahe. Hindi inaprubahan ng LTFRB ang hiling ng mga tsuper.

Naglaan ang gobyerno ng P2.5 bilyon para sa programang modernisasyon. Noong ika-7 ng Marso, inanunsyo ng mga grupo na tatapusin na nila ang tigil-pasada.
"""


def test_tagalog_transport_strike() -> None:
    rules = """
- id: strike-date
  check: date
  expect: 2023-03-06
  about: [tigil-pasada]
- id: jeepneys
  check: number
  expect: 45000
  unit: jeepney
  about: [bumiyahe]
- id: approved
  check: phrase
  expect: [inaprubahan ng LTFRB ang hiling]
- id: funds
  check: number
  expect: 2500000000
  unit: PHP
  about: [modernisasyon]
- id: end
  check: date
  expect: 2023-03-07
  about: [tatapusin]
"""
    found, quoted, _ = checked(rules, TAGALOG, "tl", "2023-03-07")
    assert found == {"strike-date": "agrees", "jeepneys": "agrees", "approved": "contradicts", "funds": "agrees",
                     "end": "agrees"}
    assert quoted["strike-date"] == "Lunes, Marso 6, 2023"  # "linggong" (a week) is no Sunday
    assert quoted["jeepneys"] == "mahigit 40,000 jeepney"
    assert quoted["funds"] == "P2.5 bilyon"
    assert quoted["end"] == "7 ng Marso"


GREEK = """Η Νέα Δημοκρατία εξασφάλισε την αυτοδυναμία στις εκλογές της Κυριακής 25 Ιουνίου, με 158 έδρες.

Η αποχή ξεπέρασε το 47%, καθώς ψήφισαν περίπου 5,2 εκατ. πολίτες.

Ο Κυριάκος Μητσοτάκης ορκίστηκε πρωθυπουργός τη Δευτέρα 26/6 στο Προεδρικό Μέγαρο.

Η ψηφοφορία για τον προϋπολογισμό αναμένεται στις 22/9. Ο Αλέξης Τσίπρας δεν παραιτήθηκε το βράδυ των εκλογών.
"""


def test_greek_election() -> None:
    rules = """
- id: election-date
  check: date
  expect: 2023-06-25
  about: [εκλογές]
- id: voters
  check: number
  expect: 5200000
  unit: people
  units: [πολίτες]
  about: [ψήφισαν]
- id: sworn
  check: date
  expect: 2023-06-26
  about: [ορκίστηκε]
- id: budget-vote
  check: date
  expect: --09-22
  about: [ψηφοφορία]
- id: resigned
  check: phrase
  expect: [Τσίπρας παραιτήθηκε το βράδυ των εκλογών]
"""
    found, quoted, report = checked(rules, GREEK, "el", "2023-06-26")
    assert found == {"election-date": "agrees", "voters": "agrees", "sworn": "agrees", "budget-vote": "agrees",
                     "resigned": "contradicts"}
    assert quoted["election-date"] == "Κυριακής 25 Ιουνίου"
    assert quoted["voters"] == "περίπου 5,2 εκατ. πολίτες"
    assert result(report, "sworn").sources[0].values == ["Monday 2023-06-26"]  # Κυριάκος is no Sunday
    assert quoted["budget-vote"] == "στις 22/9"


GEORGIAN = """სამაშველო ოპერაციაში 400-ზე მეტი მაშველი მონაწილეობს. მთავრობამ დაზარალებული ოჯახების დასახმარებლად დაახლოებით 5 მილიონი ლარი გამოყო.

გარემოს ეროვნულმა სააგენტომ გუშინ განაცხადა, რომ მეწყერი წინასწარ არ იყო პროგნოზირებული.
"""


def test_georgian_landslide() -> None:
    rules = """
- id: rescuers
  check: number
  expect: 450
  about: [მაშველი]
- id: aid
  check: number
  expect: 5000000
  unit: GEL
  about: [გამოყო]
- id: agency-date
  check: date
  expect: 2023-08-07
  about: [სააგენტომ]
- id: forecast
  check: phrase
  expect: [მეწყერი წინასწარ იყო პროგნოზირებული]
"""
    found, quoted, report = checked(rules, GEORGIAN, "ka", "2023-08-08")
    assert found == {"rescuers": "agrees", "aid": "agrees", "agency-date": "agrees", "forecast": "contradicts"}
    assert quoted["rescuers"] == "400-ზე მეტი მაშველი"  # more than 400
    assert quoted["aid"] == "დაახლოებით 5 მილიონი ლარი"
    assert quoted["agency-date"] == "გუშინ"
    assert quoted["forecast"] == "მეწყერი წინასწარ არ იყო პროგნოზირებული"
    assert sentence(report, "rescuers") == "სამაშველო ოპერაციაში 400-ზე მეტი მაშველი მონაწილეობს."


ARMENIAN = """Լեռնային Ղարաբաղից Հայաստան է տեղափոխվել ավելի քան 100 հազար մարդ։

Վարչապետ Նիկոլ Փաշինյանը երեկ հայտարարել է, որ կառավարությունը կտրամադրի 100 հազար դրամ միանվագ օգնություն։

Պայթյունի հետևանքով զոհվել է առնվազն 170 մարդ։ Ընդդիմությունը չի ճանաչել ընտրությունների արդյունքները։
"""


def test_armenian_refugees() -> None:
    rules = """
- id: arrivals
  check: number
  expect: 100514
  unit: people
  units: [մարդ]
  about: [տեղափոխվել]
- id: announced
  check: date
  expect: 2023-09-29
  about: [հայտարարել]
- id: blast
  check: number
  expect: 200
  unit: people
  units: [մարդ]
  about: [Պայթյունի]
- id: recognised
  check: phrase
  expect: [Ընդդիմությունը ճանաչել ընտրությունների արդյունքները]
"""
    found, quoted, _ = checked(rules, ARMENIAN, "hy", "2023-09-30")
    assert found == {"arrivals": "agrees", "announced": "agrees", "blast": "agrees", "recognised": "contradicts"}
    assert quoted["arrivals"] == "ավելի քան 100 հազար մարդ"  # more than 100,000
    assert quoted["announced"] == "երեկ"
    assert quoted["blast"] == "առնվազն 170 մարդ"  # at least 170
    assert quoted["recognised"] == "Ընդդիմությունը չի ճանաչել ընտրությունների արդյունքները"
