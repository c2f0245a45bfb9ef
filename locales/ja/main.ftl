# システムメッセージ：言語選択、メインメニュー、使い方、移動、エラー時の返事、キーワード、Telegram コマンドの説明。
# すべてのメッセージで使える変数：{ $org } { $hotline } { $email } { $website }

## 言語

# この言語の自分の名前。言語選択画面に表示されます。
language-name = 日本語
language-prompt = 言語を選んでください · Choose your language · 请选择语言

## メインメニュー

main-menu =
    カナダでセックスワークやマッサージの仕事をしている人のための無料情報です。当事者同士で支え合うネットワーク { $org } が提供しています。

    このボットは、あなたの名前、在留資格、職場を聞くことはありません。

    トピックを選んでください：
main-police = 👮 警察への対応と逮捕
main-immigration = 🛂 移民・国境サービス庁 (CBSA)
main-law = ⚖️ 刑法
main-health = 🩺 健康：保険証がなくても大丈夫
main-safety = 🛡️ 安全
main-about = ℹ️ 私たちについて・連絡先
main-language = 🌐 言語 · Language

## 使い方

help =
    このボットの使い方：
    • ボタンを押すとトピックが開きます。WhatsApp では、選びたい番号を返信してください。
    • ⬅️ 戻る：1つ前の画面に戻ります。🏠 メインメニュー：最初に戻ります。
    • /menu でメインメニュー、/language で言語の変更、/help でこの画面をもう一度表示します。

    プライバシーについて：
    • このボットは、あなたの名前、在留資格、住所、職場を聞くことはありません。送らないでください。
    • このチャットはいつでもスマホから削除できます。

    ここにある情報は一般的なものです。あなた自身の状況については、{ $org } か弁護士に相談してください。

## 移動とエラー時の返事

nav-back = ⬅️ 戻る
nav-home = 🏠 メインメニュー
more = 次へ ➡️
selected-mark = ✓
fallback-not-understood = すみません、よくわかりませんでした。ボタンを押してください（WhatsApp では番号を返信）。または /menu と入力するとメインメニューが出ます。
fallback-unsupported = すみません、読めるのは文字とボタンだけです。身分証など、個人情報がのった写真や書類は送らないでください。

# すべての法律画面の下に付きます。{ $sources } と { $date } だけを使います。
legal-footer =
    一般的な情報で、法的助言ではありません。法律は変わります。弁護士に相談してください。
    出典 (Sources)：{ $sources }
    最終確認日：{ $date }

## WhatsApp（ボタンの代わりに番号で返信）

# 数字の 0（戻る）と 9（メインメニュー）を必ず入れること。
whatsapp-reply-hint = 番号で返信してください。0 戻る · 9 メインメニュー
whatsapp-reply-hint-home = 番号で返信してください。

## 入力されそうなキーワード（カンマ区切り、小文字）

keywords-menu = メニュー, めにゅー, メインメニュー, メイン, 最初, ホーム, menu, main menu, main, home
keywords-back = 戻る, もどる, 前へ, 前の画面, back, go back, return, previous
keywords-language = 言語, げんご, 言語変更, 日本語, 英語, language, languages, lang, english, japanese, chinese, 中文
keywords-help = ヘルプ, 使い方, つかいかた, 説明, help, how, instructions
keywords-stop = 停止, ストップ, 配信停止, stop, unsubscribe

## Telegram のコマンド一覧（60文字以内）

command-start = 開始してメインメニューを表示
command-menu = メインメニュー
command-language = 言語を変える
command-help = このボットの使い方

## ピアサポーターと話す（人につなぐ）

main-handoff = 💬 ピアサポーターと話す
handoff-btn = 💬 ピアサポーターと話す
handoff-intro = ピアサポーターにおつなぎしています…
handoff-opened =
    { $org } のピアサポーターが、まもなくここで返事をします。今から書くことは、すべてピアサポーターに届きます。

    名前を言う必要はありません。このチャットを終えるには /end を送ってください。
handoff-queued =
    次のシフトが始まると、あなたのメッセージがピアサポーターに届きます。伝えたいことを書いてください。ここで返事をします。

    このチャットを終えるには /end を送ってください。
handoff-unavailable = すみません、今はこのチャットでピアサポーターにつなぐことができません。{ $org } に電話できます：{ $hotline }
handoff-off-hours =
    今はピアサポーターの勤務時間外です。勤務時間：
    { $hours }

    次のシフトが始まったときに読んでもらえるようメッセージを残すか、{ $org } に電話してください：{ $hotline }
handoff-leave-message-btn = ✉️ メッセージを残す
handoff-joined = ピアサポーターがチャットに入りました。
handoff-still-waiting =
    まだ順番待ちです（{ $position } 番目）。ピアサポーターができるだけ早く返事をします。
    電話がよければ { $org } へ：{ $hotline }。このチャットを終えるには /end を送ってください。
handoff-confirm-end = ピアサポーターとのチャットを終えますか？
handoff-end-yes = はい、終える
handoff-end-no = いいえ、続ける
handoff-continuing = わかりました。チャットを続けます。
handoff-ended = チャットが終わりました。いつでもまた来てください。
handoff-no-chat = 今はピアサポーターとチャットしていないので、終えるチャットはありません。
handoff-closed-by-staff = ピアサポーターがチャットを終えました。いつでもまた来てください。
handoff-menu-paused = ピアサポーターとチャット中なので、メニューは一時停止しています。チャットを終えるには /end を送ってください。
handoff-cannot-relay = すみません、スタンプや位置情報は転送できません。文字で書いてください。自分で決めたとき以外は、位置情報を共有しないでください。

## More menu

main-more = ➕ その他：紹介・言語・使い方
more-menu = その他のメニュー：
more-help = ❓ このボットの使い方
