# 折り返し電話のリクエスト（src/engine/nodes/callback.ts、src/app/callbacks.ts）。ボタンの文字は 32 字以内。

main-callback = 📞 折り返し電話を頼む
handoff-callback-btn = 📞 代わりに折り返し電話を頼む

## 質問はひとつずつ

callback-intro = { $org } のピアサポーターから電話をかけることができます。短い質問をひとつずつお聞きします。いつでもキャンセルできます。
callback-ask-phone =
    どの番号に電話すればいいですか？ 例：416 555 0123
    カナダ以外の番号は、+ と国番号から書いてください。例：+81 90 1234 5678
callback-ask-phone-chat = または、ボタンを押すと、この WhatsApp チャットの番号を使えます：{ $number }
callback-use-chat-btn = 📱 この WhatsApp の番号を使う
callback-phone-invalid =
    すみません、使える電話番号ではないようです。市外局番から書いてください。例：416 555 0123
    カナダ以外の番号は、+ と国番号から書いてください。
callback-phone-letters = 電話番号は数字だけで書いてください。文字や言葉は入れないでください。例：416 555 0123
callback-confirm-phone = { $number } に電話します。よろしいですか？
callback-right-btn = ✅ はい、合っています
callback-change-btn = ✏️ 変更する
callback-ask-language = 電話では何語で話したいですか？
callback-ask-when = 電話するのに都合のいい時間はいつですか？
callback-when-today-morning = 今日の午前
callback-when-today-afternoon = 今日の午後
callback-when-today-evening = 今日の夜
callback-when-tomorrow-morning = 明日の午前
callback-when-tomorrow-afternoon = 明日の午後
callback-when-tomorrow-evening = 明日の夜
callback-when-any = いつでも大丈夫
callback-ask-voicemail = 電話に出られなかったとき、留守番電話にメッセージを残しても安全ですか？
callback-ask-org = 電話をかける人が { $org } からだと名乗っても安全ですか？ 安全でなければ、その名前は言いません。
callback-yes = ✅ はい
callback-no = 🚫 いいえ
callback-ask-code =
    合言葉を決めることができます。電話をかける人が最初に合言葉を言うので、私たちからの電話だとわかります。
    ひとつかふたつの言葉を書くか、「スキップ」を押してください。
callback-skip-btn = ⏭️ スキップ
callback-code-invalid = 電話で言える短い言葉をひとつかふたつ（30 字まで）書いてください。絵文字は電話で言えません。
callback-confirm-code = 合言葉：{ $code }。よろしいですか？
callback-code-none = なし
callback-summary =
    リクエストの内容を確認してください：
    📞 番号：{ $number }
    🗣️ 言語：{ $language }
    🕒 時間：{ $when }
    📨 留守電 OK：{ $voicemail }
    🏷️ { $org } と名乗ってよい：{ $sayorg }
    🔑 合言葉：{ $code }
callback-send-btn = ✅ リクエストを送る
callback-edit-btn = ✏️ 答えを変更する
callback-cancel-btn = ✖️ キャンセル
callback-edit-which = どの答えを変更しますか？
callback-field-phone = 📞 番号
callback-field-language = 🗣️ 言語
callback-field-when = 🕒 時間
callback-field-voicemail = 📨 留守番電話
callback-field-org = 🏷️ 団体名を名乗るか
callback-field-code = 🔑 合言葉
callback-summary-btn = ↩️ 確認画面に戻る
callback-cancelled = わかりました。何も送っていません。答えは削除しました。
callback-unavailable = すみません、今はこのチャットで折り返し電話のリクエストを受けられません。{ $org } に電話できます：{ $hotline }

## 送ったリクエスト（質問の代わりに表示）

callback-pending =
    折り返し電話をリクエスト済みです：
    🕒 { $when }
    📞 末尾 { $last } の番号
    状況：{ $status }
callback-status-open = ピアサポーターを待っています
callback-status-claimed = ピアサポーターが電話します
callback-withdraw-btn = ✖️ リクエストを取り消す
callback-withdraw-confirm = 折り返し電話のリクエストを取り消しますか？
callback-withdraw-yes = はい、取り消します
callback-withdraw-no = いいえ、このままにします
callback-kept = わかりました。リクエストはそのままです。

## リクエストについてのお知らせ

callback-sent =
    ありがとうございます。リクエストを送りました。{ $org } のピアサポーターから電話します（{ $when }）。
    確認や取り消しは、メニューの「📞 折り返し電話を頼む」からできます。
callback-withdrawn = 折り返し電話のリクエストを取り消しました。内容は削除されます。
callback-already-closed = このリクエストはすでに終わっています。
callback-done = 折り返し電話のリクエストは完了しました。ほかに必要なことがあれば、ここに書くか、もう一度リクエストしてください。
callback-missed = ピアサポーターが電話しましたが、つながりませんでした。もう一度かけます。リクエストはメニューから取り消せます。
callback-cancelled-by-staff = 折り返し電話のリクエストはピアサポーターによって閉じられました。まだ電話が必要なら、メニューからもう一度リクエストするか、{ $org } に電話してください：{ $hotline }
