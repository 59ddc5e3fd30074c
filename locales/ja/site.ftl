# The words of the readers' pages, in Japanese. Every message in ../en/site.ftl must also be
# here and in ../ko/site.ftl (a test compares the three).

## The frame of every page

site-name = 日韓関係年表
skip-to-content = 本文へスキップ
footer = 日韓関係を、出典とともに厳選して記録した年表です。すべての出来事に出典を示し、日付は判明している細かさ（年・月・日）で示しています。
languages = 言語
# Offered, on a page in another language, to a reader who prefers this catalogue's language.
language-offer = このページを日本語で読む
not-translated = まだ日本語に翻訳されていないため、英語の原文を表示しています。

## The timeline

timeline-heading = 出来事でたどる日韓関係
timeline-description = 1876年の日朝修好条規（江華島条約）、1910年の韓国併合、1965年の日韓基本条約から、旧朝鮮半島出身労働者（韓国では強制動員被害者）訴訟の判決、2019年の輸出管理の厳格化、GSOMIA（日韓秘密軍事情報保護協定）をめぐる問題まで、日韓関係を出典とともにたどる年表です。
on-this-day-link = 今日は何の日
loading-timeline = 年表を読み込んでいます…
filters-not-applied = 次の条件を適用できなかったため、年表全体を表示しています：
count-none = この条件に該当する出来事はありません。
count-matching = { $count ->
   *[other] { $count }件の出来事が該当します。
}
count-all = { $count ->
   *[other] 出来事は全{ $count }件です。
}
# When the events are more than one page holds: the whole sentence for each case.
count-matching-range = { $count ->
   *[other] 該当する{ $count }件のうち{ $first }～{ $last }件目を表示しています。
}
count-all-range = { $count ->
   *[other] 全{ $count }件中{ $first }～{ $last }件目を表示しています。
}
clear-filters = 絞り込みを解除
copy-link = この画面のリンクをコピー
link-copied = リンクをコピーしました
take-away = ダウンロード・埋め込み
download-view = この画面をダウンロード：
download-csv = CSV（表計算）
download-json = JSON
download-timelinejs = TimelineJS
embed-code = ご自分のウェブページにこの画面を表示するには、次のHTMLを貼り付けてください。
embed-open-view = 年表でこの画面を開く
embed-open-event = 年表で詳しく見る
periods = 時期
pages = ページ
earlier-events = ← それ以前の出来事
later-events = それ以降の出来事 →
page-of = 全{ $pages }ページ中{ $page }ページ目
axis-moves = 時間軸の移動
axis-earlier = ← 前の期間
axis-later = 次の期間 →
axis-zoom-in = 拡大
axis-zoom-out = 縮小
axis-decade = { $year }年代
axis-column = { $count ->
   *[other] { $when }：{ $count }件
}
axis-caption = { $first }から{ $last }までの出来事（{ $unit ->
    [day] 日ごと
    [month] 月ごと
    [year] 年ごと
    [decade] 10年ごと
   *[century] 100年ごと
}）。バーを選ぶと、その期間の出来事だけを表示します。
# A span of years, such as the years without events between two that have some.
year-span = { $first }–{ $last }年

## The filter form

search = 検索
search-placeholder = GSOMIA、徴用工、輸出管理 …
search-hint = 日本語・韓国語・英語のどれでも検索できます
apply-filters = 絞り込む
filters = 絞り込み
categories = 分野
actors = 関係国・機関
dates = 期間
disputed-filter = 立場
disputed-only = 双方の立場が異なる出来事のみ
date-from = 開始
date-to = 終了
date-hint = 年・月・日のいずれか：2019、2019-07 または 2019-07-04

## Categories and actors

category-history = 歴史
category-legal = 法・司法
category-trade = 通商
category-security = 安全保障
category-diplomacy = 外交
category-society = 社会
actor-KR = 韓国
actor-JP = 日本
actor-US = 米国
actor-CN = 中国
actor-KP = 北朝鮮
actor-WTO = 世界貿易機関（WTO）
actor-UN = 国連

## An event

source-count = { $count ->
   *[other] 出典{ $count }件
}
loading-event = 出来事を読み込んでいます…
breadcrumbs = パンくずリスト
timeline = 年表
sources = 出典
related-events = 関連する出来事
see-in-timeline = 年表で見る
earlier-and-later = 前後の出来事
earlier = 前の出来事
later = 次の出来事
# Punctuation the page puts between words: after a label, between the items of a list,
# around a quoted title, around a date in brackets.
label-separator = ：
list-separator = 、
quoted = 「{ $value }」
paren-open = （
paren-close = ）
# Each side's position, in its own words (`#positions` on an event's page). A court's name
# follows its state's: "South Korea: Supreme Court".
positions = 双方の立場
holder-government = 政府
court-korea-supreme-court = 大法院
court-korea-constitutional-court = 憲法裁判所
court-seoul-high-court = ソウル高等法院
court-seoul-central-district-court = ソウル中央地方法院
court-japan-supreme-court = 最高裁判所
court-tokyo-district-court = 東京地方裁判所
unofficial-translation = 非公式訳
quote-source = 出典
# On the timeline, an event whose positions come from two sides or more.
disputed-mark = 双方の立場が異なる：両者の立場

## On this day

loading-day = この日の出来事を読み込んでいます…
on-this-day-heading = { $day }の出来事
on-this-day-description = 歴史上の{ $day }に起きた日韓関係の出来事を、年代順に紹介します。
on-this-day-count = { $count ->
    [0] 年表には、{ $day }に始まった出来事はありません。
   *[other] 年表には、{ $day }に始まった出来事が各年あわせて{ $count }件あります。
}
days-around = 前後の日
no-such-day = 存在しない日付
no-such-day-explanation = 「{ $typed }」という日付はありません。08-15のように、MM-DD形式で入力してください。

## When a page is not there, or fails

not-found-title = ページが見つかりません
not-found-heading = このページは年表にありません
not-found-explanation = リンクが間違っているか、出来事が削除された可能性があります。すべての出来事は年表に掲載しています。
gone-title = 削除された項目
gone-heading = この項目は年表から削除されました
gone-explanation = 他の項目と重複している、事実を確認できないなどの理由で、編集部が年表から削除しました。
go-to-timeline = 年表へ
sign-in = ログイン
something-went-wrong = 問題が発生しました
fault-400 = リクエストを処理できませんでした
fault-401 = もう一度ログインしてください
fault-403 = アクセスが拒否されました
fault-404 = 見つかりません
fault-405 = このアドレスでは受け付けられない操作です
fault-410 = 削除された項目です
fault-408 = リクエストの到着が遅すぎました
fault-413 = サイズが大きすぎて送信できません
fault-400-explanation = リクエストを処理できませんでした。アドレスや入力内容を確認してください。
fault-403-explanation = 他のサイトから送信されたリクエストのため、受け付けられません。
fault-405-explanation = このアドレスはその方法では使えません。ページのリンクやフォームをご利用ください。
fault-408-explanation = リクエストが時間内に届かなかったため、何も保存されませんでした。前のページに戻り（入力した内容はブラウザーに残っています）、もう一度送信してください。
fault-413-explanation = 送信内容が大きすぎるため、保存されませんでした（上限は{ $limit }KB）。前のページに戻り（入力した内容はブラウザーに残っています）、最も長い文章を短くしてから、もう一度送信してください。
fault-413-import-explanation = ファイルが大きすぎるため、取り込んでいません（上限は{ $megabytes }MB）。ファイルを小さく分けて、一つずつ取り込んでください。
fault-500-explanation = サーバー側で問題が起き、何も変更されていません。しばらくしてからもう一度お試しください。
error-signed-out = セッションが終了しました。もう一度ログインしてください。
error-unavailable = 年表を読み込めませんでした。もう一度お試しください。
error-call = サーバーに接続できませんでした。

## Filters that could not be applied

problem-search-too-long = 検索語が長すぎます。{ $max }文字以内で入力してください。
problem-search-control = 検索語に制御文字が含まれています。
problem-category = 「{ $value }」という分野はありません。
problem-actor = 「{ $value }」は関係国・機関の一覧にありません。
problem-date = 「{ $value }」は日付として読み取れません。2019、2019-07、2019-07-04のように、年・月・日で入力してください。
problem-range = 終了日（{ $to }）が開始日（{ $from }）より前になっています。
problem-language = 「{ $value }」はこのサイトで対応していない言語です。en、ko、jaのいずれかを指定してください。
problem-disputed = 「{ $value }」は立場の絞り込みに使えない値です。1を指定してください。
