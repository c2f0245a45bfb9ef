# 団体についてと連絡方法。フロー：flows/about.yaml
# 団体の電話、メール、ウェブサイトは flows/settings.yaml から入ります。

about-menu =
    { $org } について、そして連絡方法。
    トピックを選んでください：
about-org-btn = { $org } とは？
# 危機の画面（逮捕、拘束、暴力のあと）でも使われます。
about-contact-btn = 📞 { $org } に連絡する
about-groups-btn = 助けになるほかの団体

about-org =
    { $org }：アジア系・移民セックスワーカー支援ネットワーク (Asian and Migrant Sex Workers Support Network)。
    • 2014年に、セックスワーカー、ソーシャルワーカー、法律と医療の専門家によって始まりました。
    • 移民のセックスワーカーが中心となり、当事者同士の支え合いを土台にしています。委員会の半分は、現在または以前のセックスワーカーです。
    • 5,000人を超えるアジア系・移民のセックスワーカーを支援しています。
    • セックスワークは仕事だと考えています。セックスワーカーには、安全、尊厳、平等、正義への権利があります。移民労働者は、在留資格にかかわらず、ほかのすべての労働者と同じように扱われるべきです。

about-org-2 =
    { $org } の活動：
    • アウトリーチとホットライン
    • 気持ち、生活、健康、法律のサポート
    • 暴力、逮捕、拘束のあとの緊急・危機サポート
    • 権利を知るワークショップ、英語クラス、翻訳された市の条例の情報
    • カウンセリングと医療機関の紹介
    • リーダー育成、調査、啓発活動、アドボカシー
    トラウマに配慮した (trauma-informed) サポートで、コミュニティの文化に根ざしています。

about-org-3 =
    { $org } が求める正義：
    • セックスワークの非犯罪化を。
    • セックスワークは仕事：移民への禁止規定をなくして。
    • 救済ではなく権利を。
    • セックスワークは人身取引ではない。
    • 人種差別と闘う。
    • 職場に警察はいらない。
    • すべての人に在留資格を。
    • 恐れずにサービスを使えること。

    パートナー団体：Migrant Sex Workers Project、Maggie's、HIV Legal Network、STRUT、No One Is Illegal など。

about-contact =
    { $org } への連絡：
    • 電話：{ $hotline }
    • メール：{ $email }
    • ウェブサイト：{ $website }

    オンタリオ州法律扶助 (Legal Aid Ontario、当番弁護士と法律扶助)：416-979-1446 または 1-800-668-8258

    今危険なら 911 に電話してください。注意：警察と接触すると、CBSA（国境サービス庁、移民の取り締まり）が関わってくることがあります。

about-groups =
    助けになるほかの団体：
    • HALCO：オンタリオ州で HIV とともに生きる人のための無料の法律相談。移民の問題も含みます。416-340-7790 または 1-888-705-8889
    • HIV Legal Network：{ $org } と一緒に「The Carceral Web」という報告書を書きました。hivlegalnetwork.ca
    • Maggie's Toronto：セックスワーカーがセックスワーカーのために運営しています。maggiesto.org
    • Migrant Sex Workers Project：migrantsexworkersproject.com
    • SWAN Vancouver：swanvancouver.ca
    • Stella、モントリオール：chezstella.org
