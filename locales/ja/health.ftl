# 健康と地域のサービス。フロー：flows/health.yaml
# コンテンツ概要で確認された電話番号だけを使います。保留中の番号は
# docs/content-review-notes.md にあります。

health-menu =
    医療と健康のサービスです。保険証 (health card / OHIP) や書類がなくても使えるサービスも含みます。
    トピックを選んでください：
health-toronto-btn = トロント (Toronto)
health-vancouver-btn = バンクーバー (Vancouver)
health-montreal-btn = モントリオール (Montreal)
health-pep-btn = 💊 PEP：72時間以内に
health-assault-btn = 性暴力のあとのケア
health-mental-btn = 心の健康
health-harm-btn = ハームリダクション

health-toronto =
    トロント、保険証がなくても大丈夫：
    • Hassle Free Clinic：無料、保険証なしでOK、匿名で HIV 検査ができます。広東語、北京語（標準中国語）、台湾語、日本語、フランス語、スペイン語を話すスタッフもいます。hasslefreeclinic.org
    • 移民女性健康センター (Immigrant Women's Health Centre)：無料、書類なしでOK、女性の医師がいます。中国語、ベトナム語、タガログ語、スペイン語、ポルトガル語、ウルドゥー語/ヒンディー語、イタリア語。416-323-9986
    • オンタリオ性の健康インフォライン (Sexual Health Infoline Ontario)：無料・匿名、いくつかの言語で対応。PrEP や PEP を受けられる所を紹介してくれます。416-392-2437 または 1-800-668-2437

health-toronto-2 =
    トロント（続き）：
    • コミュニティ・ヘルス・センター (Community Health Centre) は、OHIP がない人にもサービスを提供できます。探すのを手伝ってほしいときは { $org } に聞いてください。
    • HQ Toronto：トランスジェンダーやノンバイナリーの人、男性と性行為をする男性のための PrEP と PEP。検査は無料です。健康保険がない場合は、写真付きの身分証を持って行ってください。hqtoronto.ca
    • ウィメンズ・カレッジ病院 (Women's College Hospital)：性暴力のあとのケア、24時間（下を見てください）。

health-vancouver =
    バンクーバーと BC 州：
    • BCCDC SmartSexResource：在留資格がなくても、性の健康サービスのほとんどに無料の選択肢があります。604-707-5603 または 1-888-488-7444、または HealthLink BC の 811 に電話してください。smartsexresource.com
    • BC 州では、条件に合う人は PrEP が無料です。
    • SWAN Vancouver：マッサージ店へのアウトリーチと、セーファーセックス用品の配布。電話やテキストで、法律や移民の相談、病院での通訳、危険な客 (bad date) の報告を受け付けています。swanvancouver.ca

health-vancouver-2 =
    バンクーバーの警察：
    • バンクーバー警察のセックスワーク取り締まり指針 (Sex Work Enforcement Guidelines, 2013) は、警察はセックスワーカーの安全を第一にすべきだとしています。
    • 警察への苦情は、警察苦情コミッショナー事務所 (Office of the Police Complaint Commissioner) に申し立てます。

health-montreal =
    モントリオール：
    • Stella, l'amie de Maimie：セックスワーカーがセックスワーカーのために運営しています。看護師のクリニックと危険な客のリスト (bad-client list) があります。chezstella.org
    • 世界の医療団 (Médecins du Monde)：在留資格が不安定な移民のための無料クリニック。medecinsdumonde.ca

health-pep =
    PEP：HIV に感染したかもしれないとき（たとえばコンドームが破れたとき）、感染を防げる薬です。
    • PEP は72時間以内に始めてください。早いほどよく、できれば2時間以内がいいです。
    • オンタリオ州：性の健康インフォラインが紹介してくれます：416-392-2437 または 1-800-668-2437。
    • トロント：HQ Toronto、トランスジェンダーやノンバイナリーの人、男性と性行為をする男性のためのサービス。hqtoronto.ca
    • 性暴力のあと：ウィメンズ・カレッジ病院 (Women's College Hospital)、24時間：416-323-6040。
    • BC 州：HealthLink BC の 811 に電話してください。

    PrEP（感染の前に飲む薬）は、BC 州では条件に合う人は無料です。オンタリオ州では高くなることがあります。手に入れる方法はインフォラインに聞いてください。

health-assault =
    性暴力のあとのケア：
    • ウィメンズ・カレッジ病院 性暴力・DV ケアセンター (Women's College Hospital, Sexual Assault/Domestic Violence Care Centre)、トロント：24時間、予約なし、16歳以上、事件から30日以内まで。416-323-6040、76 Grenville St。
    • 医療と警察は別です。警察に届けなくても、ケアを受けられます。
    • どうするか決めるまでの間、証拠を保管しておくことができます。
    • HIV を防ぐ PEP は72時間以内に始める必要があります。

health-mental =
    心の健康。ひとりで抱えこまなくて大丈夫です：
    • { $org } は気持ちのサポートをしています：{ $hotline }
    • オンタリオ・メンタルヘルス・ヘルプライン (Ontario Mental Health Helpline)、24時間：1-866-531-2600
    • 988、24時間の危機相談ライン：988 に電話
    • ディストレス・センター (Distress Centres、トロント)：416-408-4357

health-harm =
    ハームリダクション (harm reduction、害を減らす取り組み)：
    • ナロキソン (naloxone) はオピオイドの過剰摂取 (overdose) を元に戻す薬です。参加しているオンタリオ州の薬局で、処方せんも保険証もなしで無料でもらえます。

    今だれかが危険なら 911 に電話してください。注意：警察と接触すると、CBSA（国境サービス庁、移民の取り締まり）が関わってくることがあります。
