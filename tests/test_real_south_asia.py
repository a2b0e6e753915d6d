"""News as South Asian newspapers write it, read end to end: Hindi, Bengali, Tamil, Telugu,
Marathi, Urdu, Nepali, Punjabi, Gujarati and Sinhala. Two outlets report each event, one
with a figure, a date or a statement the other contradicts; each rule's verdicts and the
sentence its evidence quotes are what an editor reading both would say."""

from __future__ import annotations

import pytest

from checker.testing import article, result, run_rules, verdicts

PUBLISHED = "2023-09-14"  # a Thursday; the events were on Wednesday 13 September 2023


class Case:
    """Rules, two articles (a.txt, b.txt) and, per rule, each source's verdict and a
    piece of the sentence its first evidence quotes (None for a silent source)."""

    def __init__(self, language: str, rules: str, a: str, b: str,
                 expected: dict[str, tuple[tuple[str, str | None], tuple[str, str | None]]]) -> None:
        self.language, self.rules, self.a, self.b, self.expected = language, rules, a, b, expected

    def run(self):  # type: ignore[no-untyped-def]
        sources = [article(self.a, self.language, PUBLISHED, source="a.txt"),
                   article(self.b, self.language, PUBLISHED, source="b.txt")]
        return run_rules(self.rules, sources)


CASES = [
    Case("hi", """
- {id: quake-date, check: date, expect: 2023-09-13, about: [भूकंप]}
- {id: survey-date, check: date, expect: 2023-09-13, about: [सर्वेक्षण, दौरा]}
- {id: houses, check: number, expect: ">= 1200", about: [मकान, मकानों, घर]}
- {id: relief, check: number, expect: 25000000, unit: INR, about: [राहत]}
- {id: disaster, check: phrase, expect: {hi: [राष्ट्रीय आपदा घोषित किया]}}
""", """उत्तराखंड में भूकंप, 12 की मौत

देहरादून, 14 सितंबर। पिथौरागढ़ जिले में बुधवार को आए 5.8 तीव्रता के भूकंप में कम से कम 12 लोगों की मौत हो गई। अधिकारियों ने बताया कि 1,200 से ज्यादा मकानों को नुकसान पहुंचा है। राहत कार्यों के लिए 2.5 करोड़ रुपये तत्काल जारी किए गए। मुख्यमंत्री धामी ने कल देर शाम प्रभावित इलाकों का हवाई सर्वेक्षण किया।
""", """पिथौरागढ़ भूकंप: मरने वालों की संख्या १५ हुई

पिथौरागढ़ में बुधवार दोपहर आए भूकंप में १५ लोगों की जान गई। जिलाधिकारी ने बताया कि लगभग डेढ़ हज़ार घर क्षतिग्रस्त हुए हैं। सरकार ने कुल ढाई करोड़ रुपये की राहत राशि मंजूर की है। सरकार ने अभी तक इसे राष्ट्रीय आपदा घोषित नहीं किया है। गृह मंत्री कल प्रभावित इलाकों का दौरा करेंगे।
""", {
        "quake-date": (("agrees", "बुधवार को आए"), ("agrees", "बुधवार दोपहर")),
        # the home minister's visit tomorrow is still to come: no date of yesterday's survey
        "survey-date": (("agrees", "कल देर शाम"), ("silent", None)),
        "houses": (("agrees", "1,200 से ज्यादा मकानों"), ("agrees", "डेढ़ हज़ार घर")),
        "relief": (("agrees", "2.5 करोड़ रुपये"), ("agrees", "ढाई करोड़ रुपये")),
        "disaster": (("silent", None), ("contradicts", "घोषित नहीं किया")),
    }),
    Case("bn", """
- {id: strike-date, check: date, expect: 2023-09-13, about: [ধর্মঘট]}
- {id: factories, check: number, expect: 300, about: [কারখানা]}
- {id: workers, check: number, expect: ">= 200000", about: [শ্রমিক]}
- {id: loss, check: number, expect: 5000000000, unit: BDT, about: [ক্ষতি]}
- {id: owners-agree, check: phrase, expect: {bn: [মালিকেরা মজুরি বাড়াতে রাজি]}}
""", """গাজীপুরে পোশাকশ্রমিকদের ধর্মঘট

নিজস্ব প্রতিবেদক, ঢাকা

ন্যূনতম মজুরি ২৩ হাজার টাকা করার দাবিতে পোশাকশ্রমিকেরা বুধবার (১৩ সেপ্টেম্বর) থেকে ধর্মঘট শুরু করেছেন। শিল্প পুলিশের হিসাবে প্রায় ৩০০টি কারখানা বন্ধ রয়েছে। ধর্মঘটে অংশ নিয়েছেন দুই লাখের বেশি শ্রমিক। বিজিএমইএর সভাপতি বলেন, মালিকেরা এখনই মজুরি বাড়াতে রাজি নন। এক দিনের ধর্মঘটে ৫০০ কোটি টাকার ক্ষতি হয়েছে।
""", """ধর্মঘট দ্বিতীয় দিনে

ঢাকা, ১৪ সেপ্টেম্বর, ২০২৩

গতকাল শুরু হওয়া এই ধর্মঘটে ৩৫০টির বেশি কারখানার উৎপাদন বন্ধ রয়েছে। বর্তমানে ন্যূনতম মজুরি ৮ হাজার ৩০০ টাকা।
""", {
        "strike-date": (("agrees", "বুধবার (১৩ সেপ্টেম্বর)"), ("agrees", "গতকাল শুরু")),
        "factories": (("agrees", "৩০০টি কারখানা"), ("contradicts", "৩৫০টির বেশি কারখানার")),
        "workers": (("agrees", "দুই লাখের বেশি শ্রমিক"), ("silent", None)),
        "loss": (("agrees", "৫০০ কোটি টাকার ক্ষতি"), ("silent", None)),
        "owners-agree": (("contradicts", "রাজি নন"), ("silent", None)),
    }),
    Case("ta", """
- {id: final-date, check: date, expect: 2023-09-13, about: [இறுதிப்போட்டி, இறுதிப் போட்டி]}
- {id: prize, check: number, expect: 5000000, unit: INR, about: [பரிசு, பரிசுத்தொகை]}
- {id: crowd, check: number, expect: 25000, tolerance: 25%, about: [ரசிகர்கள்]}
- {id: opponent, check: entity, expect: Kerala, aliases: [கேரளா], alternatives: [Karnataka, கர்நாடகா], about: [வீழ்த்தியது, வீழ்த்தி]}
- {id: kerala-accepted, check: phrase, expect: {ta: [கேரள அணி முடிவை ஏற்றுக்கொண்டது]}}
""", """சந்தோஷ் டிராபி: தமிழ்நாடு சாம்பியன்

சென்னை, செப். 14: சென்னையில் புதன்கிழமை (செப்டம்பர் 13) நடைபெற்ற இறுதிப்போட்டியில் தமிழ்நாடு அணி 3-1 என்ற கோல் கணக்கில் கேரளாவை வீழ்த்தியது. சுமார் 25 ஆயிரம் ரசிகர்கள் போட்டியை நேரில் கண்டுகளித்தனர். வெற்றி பெற்ற அணிக்கு ரூ.50 லட்சம் பரிசுத்தொகை வழங்கப்பட்டது.
""", """கேரளாவை வென்று தமிழகம் கோப்பையை கைப்பற்றியது

நேற்று நடைபெற்ற இறுதிப் போட்டியில் தமிழக அணி கேரளாவை வீழ்த்தி கோப்பையை வென்றது. 30,000-க்கும் மேற்பட்ட ரசிகர்கள் திரண்டிருந்தனர். சாம்பியன் அணிக்கு ரூ. 75 லட்சம் பரிசு வழங்கப்பட்டது. கேரள அணி ஆட்ட முடிவை ஏற்றுக்கொள்ளவில்லை என்று அதன் மேலாளர் கூறினார்.
""", {
        "final-date": (("agrees", "புதன்கிழமை"), ("agrees", "நேற்று")),
        "prize": (("agrees", "ரூ.50 லட்சம்"), ("contradicts", "ரூ. 75 லட்சம்")),
        "crowd": (("agrees", "சுமார் 25 ஆயிரம்"), ("agrees", "30,000-க்கும் மேற்பட்ட")),
        "opponent": (("agrees", "கேரளாவை"), ("agrees", "கேரளாவை")),
        "kerala-accepted": (("silent", None), ("contradicts", "ஏற்றுக்கொள்ளவில்லை")),
    }),
    Case("te", """
- {id: results-date, check: date, expect: 2023-09-13, about: [ఫలితాలు, ఫలితాలను, ఫలితాల్లో]}
- {id: profit-growth, check: number, expect: 18, unit: percent, about: [లాభం]}
- {id: profit, check: number, expect: 4120000000, unit: INR, about: [లాభం, లాభాన్ని]}
- {id: layoffs, check: phrase, expect: {te: [ఉద్యోగుల తొలగింపులు చేపట్టింది]}}
""", """భాగ్యనగర్ సోలార్ లాభం 18 శాతం పెరిగింది

హైదరాబాద్‌కు చెందిన భాగ్యనగర్ సోలార్ బుధవారం తొలి త్రైమాసిక ఫలితాలను ప్రకటించింది. కంపెనీ నికర లాభం రూ.412 కోట్లకు చేరింది. కంపెనీ ఉద్యోగుల తొలగింపులు చేపట్టలేదని ఎండీ స్పష్టం చేశారు.
""", """భాగ్యనగర్ సోలార్ ఫలితాలు అదుర్స్

హైదరాబాద్, 14-09-2023

సంస్థ నిన్న ప్రకటించిన ఫలితాల్లో నికర లాభం 21 శాతం వృద్ధి చెందింది. త్రైమాసికంలో కంపెనీ రూ.412 కోట్ల నికర లాభాన్ని ఆర్జించింది.
""", {
        "results-date": (("agrees", "బుధవారం"), ("agrees", "నిన్న")),
        "profit-growth": (("agrees", "18 శాతం"), ("contradicts", "21 శాతం")),
        "profit": (("agrees", "రూ.412 కోట్లకు"), ("agrees", "రూ.412 కోట్ల నికర లాభాన్ని")),
        "layoffs": (("contradicts", "చేపట్టలేదని"), ("silent", None)),
    }),
    Case("mr", """
- {id: protest-date, check: date, expect: 2023-09-13, about: [आंदोलन, आंदोलनामुळे]}
- {id: detained, check: number, expect: 450, about: [ताब्यात]}
- {id: farmers, check: number, expect: 15000, tolerance: 10%, about: [शेतकरी]}
- {id: decided, check: phrase, expect: {mr: [सरकारने दराबाबत निर्णय घेतला]}}
""", """ऊस दरासाठी चक्का जाम; कोल्हापुरात वाहतूक ठप्प

उसाला प्रतिटन ३,५०० रुपये दर मिळावा या मागणीसाठी बुधवारी पुकारलेल्या आंदोलनामुळे वाहतूक ठप्प झाली. सुमारे १५ हजार शेतकरी महामार्गावर उतरले. पोलिसांनी ४५० आंदोलकांना ताब्यात घेतले.
""", """स्वाभिमानीच्या आंदोलनाने महामार्ग रोखला

पुणे, गुरुवार, १४ सप्टेंबर २०२३

संघटनेने काल कोल्हापूर आणि सांगली जिल्ह्यांत आंदोलन केले. आंदोलनात २० हजारांहून अधिक शेतकरी सहभागी झाले. पोलिसांनी ६०० हून अधिक कार्यकर्त्यांना ताब्यात घेतले. राज्य सरकारने अद्याप दराबाबत निर्णय घेतलेला नाही.
""", {
        "protest-date": (("agrees", "बुधवारी"), ("agrees", "काल")),
        "detained": (("agrees", "४५० आंदोलकांना"), ("contradicts", "६०० हून अधिक")),
        "farmers": (("agrees", "सुमारे १५ हजार शेतकरी"), ("contradicts", "२० हजारांहून अधिक शेतकरी")),
        "decided": (("silent", None), ("contradicts", "घेतलेला नाही")),
    }),
    Case("ur", """
- {id: strike-date, check: date, expect: 2023-09-13, about: [ہڑتال]}
- {id: loss, check: number, expect: 30000000000, unit: PKR, about: [نقصان]}
- {id: tariff-cut, check: phrase, expect: {ur: [حکومت نے بجلی کے نرخوں میں کمی کا اعلان کیا]}}
""", """بجلی کے بلوں کے خلاف ملک گیر ہڑتال

لاہور (نمائندہ خصوصی) تاجروں نے بدھ 13 ستمبر کو ملک بھر میں شٹر ڈاؤن ہڑتال کی۔ بڑے شہروں میں بازار مکمل طور پر بند رہے۔ ایک دن کی ہڑتال سے معیشت کو تقریباً 30 ارب روپے کا نقصان ہوا۔ حکومت نے بجلی کے نرخوں میں کمی کا اعلان نہیں کیا۔
""", """تاجروں کی ہڑتال، کاروبار زندگی مفلوج

اسلام آباد: جمعرات، ۱۴ ستمبر ۲۰۲۳

ملک بھر میں تاجروں نے گزشتہ روز ہڑتال کی۔ تنظیم تاجران کے مطابق معیشت کو ۵۰ ارب روپے کا نقصان پہنچا۔
""", {
        "strike-date": (("agrees", "بدھ 13 ستمبر"), ("agrees", "گزشتہ روز")),
        "loss": (("agrees", "30 ارب روپے"), ("contradicts", "۵۰ ارب روپے")),
        "tariff-cut": (("contradicts", "اعلان نہیں کیا"), ("silent", None)),
    }),
    Case("ne", """
- {id: quake-date, check: date, expect: 2023-09-13, about: [भूकम्प, भूकम्पमा]}
- {id: houses, check: number, expect: ">= 1200", about: [घर]}
- {id: relief, check: number, expect: 200000, unit: NPR, about: [राहत]}
- {id: crisis-area, check: phrase, expect: {ne: [सरकारले संकटग्रस्त क्षेत्र घोषणा गरेको]}}
""", """बझाङमा भूकम्प, १२ जनाको मृत्यु

बझाङ जिल्लामा बुधबार गएको भूकम्पमा परी कम्तीमा १२ जनाको मृत्यु भएको छ। गृह मन्त्रालयका अनुसार १ हजार २ सय भन्दा बढी घर क्षतिग्रस्त भएका छन्। सरकारले मृतकका परिवारलाई जनही २ लाख रुपैयाँ राहत दिने निर्णय गरेको छ।
""", """बझाङ भूकम्पः मृतकको संख्या १५ पुग्यो

बझाङमा भदौ २७ गते गएको भूकम्पमा मृत्यु हुनेको संख्या १५ पुगेको छ। करिब १२ सय घर पूर्ण रूपमा भत्किएका छन्। सरकारले बझाङलाई संकटग्रस्त क्षेत्र घोषणा गरेको छैन।
""", {
        "quake-date": (("agrees", "बुधबार"), ("agrees", "भदौ २७")),
        "houses": (("agrees", "१ हजार २ सय भन्दा बढी घर"), ("agrees", "करिब १२ सय घर")),
        "relief": (("agrees", "२ लाख रुपैयाँ"), ("silent", None)),
        "crisis-area": (("silent", None), ("contradicts", "गरेको छैन")),
    }),
    Case("pa", """
- {id: protest-date, check: date, expect: 2023-09-13, about: [ਧਰਨਾ, ਰੇਲਾਂ, ਅੰਦੋਲਨ]}
- {id: trains, check: number, expect: 48, about: [ਰੱਦ]}
- {id: farmers, check: number, expect: ">= 10000", unit: farmers, units: [ਕਿਸਾਨ], about: [ਕਿਸਾਨ]}
- {id: demands, check: phrase, expect: {pa: [ਸਰਕਾਰ ਨੇ ਮੰਗਾਂ ਮੰਨੀਆਂ]}}
""", """ਕਿਸਾਨਾਂ ਨੇ 22 ਥਾਵਾਂ 'ਤੇ ਰੇਲਾਂ ਰੋਕੀਆਂ

ਅੰਮ੍ਰਿਤਸਰ, 13 ਸਤੰਬਰ (ਪੱਤਰ ਪ੍ਰੇਰਕ)-ਬੁੱਧਵਾਰ ਨੂੰ ਕਿਸਾਨਾਂ ਨੇ ਰੇਲ ਪਟੜੀਆਂ 'ਤੇ ਧਰਨਾ ਲਾਇਆ। ਇਸ ਕਾਰਨ 48 ਰੇਲ ਗੱਡੀਆਂ ਰੱਦ ਕਰਨੀਆਂ ਪਈਆਂ। ਧਰਨੇ ਵਿੱਚ 10 ਹਜ਼ਾਰ ਤੋਂ ਵੱਧ ਕਿਸਾਨ ਸ਼ਾਮਲ ਹੋਏ। ਪੰਧੇਰ ਨੇ ਕਿਹਾ ਕਿ ਸਰਕਾਰ ਨੇ ਉਨ੍ਹਾਂ ਦੀਆਂ ਮੰਗਾਂ ਨਹੀਂ ਮੰਨੀਆਂ।
""", """ਰੇਲ ਰੋਕੋ ਅੰਦੋਲਨ: ਯਾਤਰੀ ਪਰੇਸ਼ਾਨ

ਚੰਡੀਗੜ੍ਹ, 14 ਸਤੰਬਰ 2023

ਕਿਸਾਨਾਂ ਦੇ ਕੱਲ੍ਹ ਦੇ ਅੰਦੋਲਨ ਕਾਰਨ ਉੱਤਰੀ ਰੇਲਵੇ ਨੂੰ 60 ਤੋਂ ਵੱਧ ਗੱਡੀਆਂ ਰੱਦ ਕਰਨੀਆਂ ਪਈਆਂ। ਲਗਭਗ 15,000 ਕਿਸਾਨ ਪਟੜੀਆਂ 'ਤੇ ਬੈਠੇ।
""", {
        "protest-date": (("agrees", "ਬੁੱਧਵਾਰ"), ("agrees", "ਕੱਲ੍ਹ ਦੇ ਅੰਦੋਲਨ")),  # kal, by the past tense
        "trains": (("agrees", "48 ਰੇਲ"), ("contradicts", "60 ਤੋਂ ਵੱਧ ਗੱਡੀਆਂ")),
        "farmers": (("agrees", "10 ਹਜ਼ਾਰ ਤੋਂ ਵੱਧ ਕਿਸਾਨ"), ("agrees", "ਲਗਭਗ 15,000 ਕਿਸਾਨ")),
        "demands": (("contradicts", "ਨਹੀਂ ਮੰਨੀਆਂ"), ("silent", None)),
    }),
    Case("gu", """
- {id: flood-date, check: date, expect: 2023-09-13, about: [પૂર, ઘોડાપૂર, નર્મદા]}
- {id: evacuated, check: number, expect: 5000, about: [સ્થળાંતર, ખસેડવામાં]}
- {id: aid, check: number, expect: 100000000, unit: INR, about: [સહાય]}
- {id: gates, check: phrase, expect: {gu: [દરવાજા બંધ કરવાનો નિર્ણય લેવાયો]}}
""", """ભરૂચમાં નર્મદાના પૂરથી સ્થળાંતર

ભરૂચ, તા. 13 સપ્ટેમ્બર

બુધવારે નર્મદા નદી ભયજનક સપાટીએ વહી હતી. તંત્રએ 5,000થી વધુ લોકોનું સલામત સ્થળે સ્થળાંતર કર્યું હતું. રાજ્ય સરકારે અસરગ્રસ્તો માટે રૂ. 10 કરોડની સહાય જાહેર કરી છે. ડેમના દરવાજા બંધ કરવાનો કોઈ નિર્ણય લેવાયો નથી.
""", """નર્મદામાં ઘોડાપૂર

અમદાવાદ, ગુરુવાર, ૧૪ સપ્ટેમ્બર, ૨૦૨૩

ગઈકાલે નર્મદા નદીમાં આવેલા ઘોડાપૂરને કારણે ૮,૦૦૦ લોકોને સલામત સ્થળે ખસેડવામાં આવ્યા હતા. સરકારે ૧૦ કરોડ રૂપિયાની સહાયની જાહેરાત કરી છે.
""", {
        "flood-date": (("agrees", "બુધવારે"), ("agrees", "ગઈકાલે")),
        "evacuated": (("agrees", "5,000થી વધુ"), ("contradicts", "૮,૦૦૦ લોકોને")),
        "aid": (("agrees", "રૂ. 10 કરોડ"), ("agrees", "૧૦ કરોડ રૂપિયા")),
        "gates": (("contradicts", "નથી"), ("silent", None)),
    }),
    Case("si", """
- {id: strike-date, check: date, expect: 2023-09-13, about: [වර්ජනය]}
- {id: cancelled, check: number, expect: 120, about: [අවලංගු]}
- {id: loss, check: number, expect: 15000000, unit: LKR, about: [පාඩුව, පාඩුවක්]}
- {id: talks-date, check: date, expect: 2023-09-15, about: [ඊළඟ සාකච්ඡාව]}
- {id: agreement, check: phrase, expect: {si: [එකඟතාවකට පැමිණියේය]}}
""", """දුම්රිය වර්ජනය: ගමන් වාර 120ක් අවලංගු කෙරේ

දුම්රිය එන්ජින් රියදුරන්ගේ සංගමය සැප්තැම්බර් 13 වැනි බදාදා ආරම්භ කළ වර්ජනය හේතුවෙන් දුම්රිය ගමන් වාර 120ක් අවලංගු කිරීමට සිදු විය. ප්‍රවාහන අමාත්‍යවරයා ඊයේ සංගමය සමඟ සාකච්ඡා කළ නමුත් එකඟතාවකට පැමිණියේ නැත. වර්ජනය නිසා දුම්රිය දෙපාර්තමේන්තුවට දිනකට රුපියල් මිලියන 15ක පමණ පාඩුවක් සිදුවන බව නිලධාරීන් පැවසූහ. ඊළඟ සාකච්ඡාව සැප්තැම්බර් 15 වැනි සිකුරාදා පැවැත්වේ.
""", """දුම්රිය වර්ජනය දෙවැනි දිනටත්

2023.09.14

ඊයේ ආරම්භ වූ දුම්රිය රියදුරන්ගේ වර්ජනය හේතුවෙන් දුම්රිය ගමන් වාර 150කට වැඩි ප්‍රමාණයක් අවලංගු විය. පාඩුව රුපියල් මිලියන 15 ඉක්මවන බව සාමාන්‍යාධිකාරී පැවසීය.
""", {
        "strike-date": (("agrees", "සැප්තැම්බර් 13"), ("agrees", "ඊයේ")),
        "cancelled": (("agrees", "120ක්"), ("contradicts", "150කට වැඩි")),
        "agreement": (("contradicts", "නැත"), ("silent", None)),
        "loss": (("agrees", "රුපියල් මිලියන 15ක පමණ"), ("agrees", "රුපියල් මිලියන 15")),
        "talks-date": (("agrees", "15 වැනි සිකුරාදා"), ("silent", None)),
    }),
]


@pytest.mark.parametrize("case", CASES, ids=[c.language for c in CASES])
def test_each_outlet_s_verdicts(case: Case) -> None:
    report = case.run()
    for rule, (a, b) in case.expected.items():
        assert verdicts(report, rule) == {"a.txt": a[0], "b.txt": b[0]}, rule


@pytest.mark.parametrize("case", CASES, ids=[c.language for c in CASES])
def test_the_evidence_quotes_the_sentence_that_states_it(case: Case) -> None:
    report = case.run()
    for rule, expected in case.expected.items():
        found = {v.source: v for v in result(report, rule).sources}
        for source, (verdict, quoted) in zip(("a.txt", "b.txt"), expected):
            if quoted is None:
                assert not found[source].evidence, (rule, source)
                continue
            sentences = [e.sentence for e in found[source].evidence]
            assert any(quoted in sentence for sentence in sentences), (rule, source, sentences)
