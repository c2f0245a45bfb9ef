# 移民とカナダ国境サービス庁 (CBSA, Canada Border Services Agency)。フロー：flows/immigration.yaml
# 法律画面：注意書き、出典、日付は自動で付きます。

immigration-menu =
    移民とカナダ国境サービス庁 (CBSA, Canada Border Services Agency)。
    このボットは、あなたの在留資格を聞くことはありません。トピックを選んでください：
immigration-ban-btn = 就労禁止：性に関わる業種
immigration-detained-btn = 🚨 CBSA に拘束されたら
immigration-removal-btn = 退去命令とは
immigration-charges-btn = 刑事事件と在留資格
immigration-refugee-btn = 難民申請者

immigration-ban =
    一時滞在者の就労禁止：
    • 働くことが認められている一時滞在者 (temporary resident) は、ストリップ、エロティックダンス、エスコートサービス、エロティックマッサージを日常的に提供する雇い主のもとで、仕事を始めたり続けたり（延長したり）してはいけません (IRPR 183(1)(b.1))。
    • 訪問者、学生、労働者のすべてが対象です。オープンワークパーミット (open work permit) やキャンパス外での仕事など、どんな形で働くことが認められていても同じです。
    • こうした雇い主のためのワークパーミットは出ません。パーミットにこの条件が書かれていることもあります (IRPR 185(b))。
    • このルールは2013年12月31日から始まりました。

immigration-ban-2 =
    あなたにとっての意味：
    • このルールを破ると、逮捕、収容、強制送還 (deportation) につながることがあります。
    • 自分のサービスを売ることに対する刑法上の免責 (immunity, Criminal Code s. 286.5) は、移民法からあなたを守るものではありません。
    • { $org } によると、この禁止は難民申請者やスポンサーを受けた人にも適用され、在留資格を取り上げるために使われたこともあります。

    あなた自身の状況について疑問があれば、移民専門の弁護士か { $org } に相談してください。

immigration-detained =
    CBSA に拘束されたら：
    • 弁護士を頼む権利があります。自分で費用を払うことも、法律扶助 (legal aid) を頼むこともできます。
    • 職員にうそをつかないでください。うその申告 (misrepresentation) をすると、5年間カナダに入国できなくなることがあります。
    • 拘束の審査 (detention review) を受ける権利があります（移民部 (Immigration Division)）：48時間以内またはその後すぐ、次に7日以内、その後は少なくとも30日ごとです。
    • 審理では、移民難民委員会 (IRB) が通訳をつけます。

    今危険なら 911 に電話してください。注意：警察と接触すると、CBSA（国境サービス庁、移民の取り締まり）が関わってくることがあります。
    • { $org }：{ $hotline }
    • オンタリオ州法律扶助 (Legal Aid Ontario)：416-979-1446 または 1-800-668-8258

immigration-detained-2 =
    CBSA に拘束されたら（続き）：
    • CBSA の収容施設 (holding centre) では、市内通話は無料です。弁護士や領事館への電話も含まれます。赤十字、国連難民高等弁務官事務所 (UNHCR)、難民支援団体が訪問します。
    • 領事館 (consulate)：職員は、あなたが望めば領事館に知らせてもらえることを伝えなければなりません。領事館に連絡するのは、あなたが頼んだときだけです。
    • 自分の国の政府が怖い場合は、領事館への連絡を頼む前に、まず弁護士に相談してください。
    • 新しい事実があれば、拘束の審査を早めてほしいと頼めます。
    • 国境での通常の質問では、弁護士を頼む権利はふつう、拘束されたあとにだけ認められます。

immigration-removal =
    A44 報告書 (A44 report) と退去命令 (removal order)：
    • A44 報告書：あなたが入国・滞在を認められない (inadmissible、カナダにいることが認められない) と職員が考えた場合、報告書を書くことができます (IRPA s. 44(1))。
    • その後、大臣代理 (Minister's delegate、大臣の代わりに判断する職員) が退去命令を出すか、あなたのケースを移民部 (Immigration Division) の審理に送ります。
    • CBSA に退去の延期 (defer) を頼んだり、連邦裁判所 (Federal Court) に執行停止 (stay) を申し立てたりできます。時間がありません。すぐに弁護士を探してください。

immigration-removal-2 =
    退去命令の3つの種類：
    • 出国命令 (departure order)：30日以内にカナダを出なければなりません。出なければ強制退去命令 (deportation order) に変わります。
    • 入国禁止命令 (exclusion order)：許可がなければ1年間（うその申告 (misrepresentation) の場合は5年間）戻れません。この許可を ARC（カナダ再入国許可、Authorization to Return to Canada）といいます。許可なく働くと、ふつう入国禁止命令になります。
    • 強制退去命令 (deportation order)：ARC を取らない限り、二度と戻れません。

immigration-charges =
    刑事事件と在留資格：
    • 永住者 (permanent resident) は「重大な犯罪」(serious criminality) で資格を失うことがあります。最高刑が10年以上の犯罪で有罪になった場合、または6か月を超える刑を言い渡された場合です。
    • 外国籍の人 (foreign national、市民でも永住者でもない人) は、正式起訴犯罪 (indictable offence) か混合犯罪 (hybrid offence) で1回でも有罪になった場合、または略式犯罪 (summary offence) 2件で有罪になった場合、入国・滞在が認められない (inadmissible) 状態になることがあります。
    • 例：物質的利益 (material benefit, s. 286.2) の最高刑は10年です。
    • 在留資格のことは早めに弁護士に伝えてください。移民への影響が重大になるおそれがある場合、オンタリオ州法律扶助 (Legal Aid Ontario) が弁護士費用を払ってくれることがあります。

immigration-refugee =
    難民申請者 (refugee claimant)：
    • 早めに難民専門の弁護士を探してください。オンタリオ州法律扶助 (Legal Aid Ontario)：416-979-1446 または 1-800-668-8258。
    • うそをつくように言ったり、白紙の書類にサインさせようとしたりする人の「手助け」は、絶対に受けないでください。
    • 暫定連邦医療プログラム (Interim Federal Health Program, IFHP) は、州の健康保険がない難民申請者の医療をカバーします。
    • 性に関わる業種での就労禁止は、あなたのワークパーミットにもそのまま適用されます。{ $org } によると、この禁止が難民申請者に対して使われたことがあります。
