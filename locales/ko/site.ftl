# The words of the readers' pages, in Korean. Every message in ../en/site.ftl must also be
# here and in ../ja/site.ftl (a test compares the three).

## The frame of every page

site-name = 한일 관계 연표
skip-to-content = 본문 바로가기
footer = 한국과 일본의 관계를 출처와 함께 엄선해 정리한 기록입니다. 모든 사건에 출처를 밝히며, 날짜는 확인된 만큼 정확하게 표시합니다.
languages = 언어
# Offered, on a page in another language, to a reader who prefers this catalogue's language.
language-offer = 이 페이지를 한국어로 보기
not-translated = 아직 한국어로 번역되지 않아 영어 원문을 표시합니다.

## The timeline

timeline-heading = 사건으로 보는 한일 관계
timeline-description = 1876년 강화도조약, 1910년 한일병합과 1965년 한일기본조약부터 강제동원 피해자(일본 정부 표현은 '구 한반도 출신 노동자') 배상 판결, 2019년 수출 규제(일본 정부 표현은 '수출관리 운용 재검토'), 지소미아(GSOMIA) 갈등까지 한국과 일본의 관계를 출처와 함께 정리한 연표입니다.
on-this-day-link = 역사 속 오늘
loading-timeline = 연표를 불러오는 중…
filters-not-applied = 다음 필터를 적용할 수 없어 전체 연표를 표시합니다:
count-none = 조건에 맞는 사건이 없습니다.
count-matching = { $count ->
   *[other] 조건에 맞는 사건은 { $count }건입니다.
}
count-all = { $count ->
   *[other] 사건은 모두 { $count }건입니다.
}
# When the events are more than one page holds: the whole sentence for each case.
count-matching-range = { $count ->
   *[other] 조건에 맞는 사건 { $count }건 중 { $first }–{ $last }번째를 표시합니다.
}
count-all-range = { $count ->
   *[other] 전체 { $count }건 중 { $first }–{ $last }번째 사건을 표시합니다.
}
clear-filters = 필터 초기화
copy-link = 현재 화면 링크 복사
link-copied = 링크를 복사했습니다
take-away = 내려받기·퍼가기
download-view = 현재 화면 내려받기:
download-csv = CSV(스프레드시트)
download-json = JSON
download-timelinejs = TimelineJS
embed-code = 내 웹페이지에 이 화면을 넣으려면 아래 HTML을 붙여 넣으세요.
embed-open-view = 연표에서 이 화면 열기
embed-open-event = 연표에서 자세히 보기
periods = 시기
pages = 페이지
earlier-events = ← 이전 사건
later-events = 이후 사건 →
page-of = { $page } / { $pages }페이지
axis-moves = 시간축 이동
axis-earlier = ← 이전
axis-later = 이후 →
axis-zoom-in = 확대
axis-zoom-out = 축소
axis-decade = { $year }년대
axis-column = { $count ->
   *[other] { $when }: { $count }건
}
axis-caption = { $first }부터 { $last }까지의 사건({ $unit ->
    [day] 일별
    [month] 월별
    [year] 연도별
    [decade] 10년 단위
   *[century] 100년 단위
}). 막대를 선택하면 그 기간의 사건만 볼 수 있습니다.
# A span of years, such as the years without events between two that have some.
year-span = { $first }–{ $last }년

## The filter form

search = 검색
search-placeholder = GSOMIA, 징용, 수출 규제 …
search-hint = 한국어·일본어·영어로 모두 검색할 수 있습니다
apply-filters = 필터 적용
filters = 필터
categories = 분야
actors = 관련 국가·기구
dates = 기간
disputed-filter = 입장
disputed-only = 양측 입장이 엇갈리는 사건만
date-from = 시작일
date-to = 종료일
date-hint = 연도, 월 또는 날짜: 2019, 2019-07 또는 2019-07-04

## Categories and actors

category-history = 역사
category-legal = 법·사법
category-trade = 통상
category-security = 안보
category-diplomacy = 외교
category-society = 사회
actor-KR = 한국
# 사건 당시의 국명: 1897년 10월 12일 이전, 1910년 8월 29일까지, 1948년 8월 15일까지.
actor-KR-joseon = 조선
actor-KR-empire = 대한제국
actor-KR-colonial = 한국
actor-JP = 일본
actor-US = 미국
actor-CN = 중국
actor-KP = 북한
actor-WTO = 세계무역기구(WTO)
actor-UN = 유엔

## An event

source-count = { $count ->
   *[other] 출처 { $count }건
}
loading-event = 사건을 불러오는 중…
breadcrumbs = 이동 경로
timeline = 연표
sources = 출처
related-events = 관련 사건
see-in-timeline = 연표에서 보기
earlier-and-later = 이전·이후 사건
earlier = 이전
later = 이후
# Punctuation the page puts between words: after a label, between the items of a list,
# around a quoted title, around a date in brackets.
label-separator = {": "}
list-separator = {", "}
quoted = “{ $value }”
paren-open = {" ("}
paren-close = )
# Each side's position, in its own words (`#positions` on an event's page). A court's name
# follows its state's: "South Korea: Supreme Court".
positions = 각 측의 입장
holder-government = 정부
court-korea-supreme-court = 대법원
court-korea-constitutional-court = 헌법재판소
court-seoul-high-court = 서울고등법원
court-seoul-central-district-court = 서울중앙지방법원
court-japan-supreme-court = 최고재판소
court-tokyo-district-court = 도쿄지방재판소
unofficial-translation = 비공식 번역
quote-source = 출처
# On the timeline, an event whose positions come from two sides or more.
disputed-mark = 양측 입장이 엇갈립니다: 각 측의 입장

## On this day

loading-day = 이날의 사건을 불러오는 중…
on-this-day-heading = 이날의 역사: { $day }
on-this-day-description = 역사 속 { $day }에 일어난 한일 관계 사건을 연도순으로 모았습니다.
on-this-day-count = { $count ->
    [0] 연표에는 { $day }에 시작된 사건이 없습니다.
   *[other] 연표에는 { $day }에 시작된 사건이 모두 { $count }건 있습니다.
}
days-around = 앞뒤 날짜
no-such-day = 존재하지 않는 날짜
no-such-day-explanation = “{ $typed }”에 해당하는 날짜가 없습니다. 08-15처럼 MM-DD 형식으로 입력해 주세요.

## When a page is not there, or fails

not-found-title = 페이지를 찾을 수 없습니다
not-found-heading = 연표에 없는 페이지입니다
not-found-explanation = 링크 주소가 잘못되었거나 사건이 삭제되었을 수 있습니다. 모든 사건은 연표에서 볼 수 있습니다.
gone-title = 삭제된 항목
gone-heading = 이 항목은 연표에서 삭제되었습니다
gone-explanation = 다른 항목과 중복되거나 사실을 확인할 수 없는 등의 이유로 편집진이 연표에서 삭제했습니다.
go-to-timeline = 연표로 가기
sign-in = 로그인
something-went-wrong = 문제가 발생했습니다
fault-400 = 잘못된 요청입니다
fault-401 = 다시 로그인해 주세요
fault-403 = 접근이 거부되었습니다
fault-404 = 페이지를 찾을 수 없습니다
fault-405 = 이 주소에서는 할 수 없는 요청입니다
fault-410 = 삭제된 항목입니다
fault-408 = 요청이 너무 늦게 도착했습니다
fault-413 = 크기가 너무 커서 보낼 수 없습니다
fault-501 = 이 형식으로는 제공하지 않습니다
fault-503 = 페이지 준비가 너무 오래 걸렸습니다
fault-400-explanation = 요청을 처리할 수 없습니다. 주소나 입력 내용을 확인해 주세요.
fault-403-explanation = 다른 사이트에서 보낸 요청이어서 처리하지 않았습니다.
fault-405-explanation = 이 주소는 그런 방식으로 사용할 수 없습니다. 페이지의 링크나 양식을 이용해 주세요.
fault-408-explanation = 요청이 제시간에 도착하지 않아 아무것도 저장하지 않았습니다. 브라우저에서 뒤로 돌아가(입력한 내용은 그대로 남아 있습니다) 다시 보내 주세요.
fault-413-explanation = 보낸 내용이 너무 커서 저장하지 않았습니다. 서버는 최대 { $limit }KB까지 받을 수 있습니다. 브라우저에서 뒤로 돌아가(입력한 내용은 그대로 남아 있습니다) 가장 긴 글을 줄인 뒤 다시 보내 주세요.
fault-413-import-explanation = 파일이 너무 커서 가져오지 않았습니다. 가져오기 파일은 최대 { $megabytes }MB까지 받을 수 있습니다. 파일을 더 작게 나누어 하나씩 가져와 주세요.
fault-500-explanation = 서버에 문제가 생겨 아무것도 변경되지 않았습니다. 잠시 후 다시 시도해 주세요.
fault-501-explanation = 이 주소는 요청한 형식으로 응답할 수 없습니다. JSON으로 요청하거나 페이지의 링크를 이용해 주세요.
fault-503-explanation = 페이지를 준비하는 데 너무 오래 걸렸습니다. 잠시 후 다시 시도해 주세요.
error-signed-out = 로그인 세션이 만료되었습니다. 다시 로그인해 주세요.
error-call = 서버에 연결할 수 없습니다.

## Filters that could not be applied

problem-search-too-long = 검색어가 너무 깁니다. { $max }자 이내로 입력해 주세요.
problem-search-control = 검색어에 제어 문자가 들어 있습니다.
problem-category = “{ $value }”(이)라는 분야는 없습니다.
problem-actor = “{ $value }”은(는) 관련 국가·기구 목록에 없습니다.
problem-date = “{ $value }”은(는) 올바른 날짜가 아닙니다. 2019, 2019-07, 2019-07-04처럼 연도, 연월 또는 날짜로 입력해 주세요.
problem-range = 종료일({ $to })이 시작일({ $from })보다 앞섭니다.
problem-language = “{ $value }”은(는) 이 사이트에서 지원하지 않는 언어입니다. en, ko, ja 중 하나를 지정해 주세요.
problem-disputed = “{ $value }”은(는) 입장 필터의 값이 아닙니다. 1을 지정해 주세요.

## 논쟁적 용어 사전

terms-link = 논쟁적 용어
loading-terms = 용어 사전을 불러오는 중…
terms-heading = 논쟁적 용어
terms-description = 한국과 일본 정부가 서로 다투는 사안을 어떤 말로 부르는지 한국어·일본어·영어로 정리했습니다. 누가 언제부터 그 말을 쓰는지, 이 연표는 어떤 말을 쓰는지도 밝힙니다.
terms-lede = 이 사안들에서는 어떤 말을 고르느냐가 곧 어느 한쪽에 서는 일이 됩니다. 각 항목은 두 정부가 언어별로 쓰는 말과 누가 언제부터 쓰는지, 그리고 어느 편도 들지 않는 이 연표 자체의 표현을 보여 줍니다. 사건 페이지는 각 용어가 처음 나오는 곳을 이 사전의 해당 항목으로 연결합니다.
terms-contents = 이 사전의 용어
voice-korea = 한국 정부
voice-japan = 일본 정부
voice-house = 이 연표
voice-others = 그 밖의 용례
terms-sources = 용어 사용에 관한 출처
terms-events = 이 용어가 나오는 사건
terms-no-events = 아직 이 용어가 나오는 사건이 없습니다.
## Reporting an error in an event

report-heading = 오류 신고
report-intro = 이 페이지에서 잘못된 내용을 편집자에게 알려 주세요. 계정은 필요하지 않습니다. 신고 내용은 편집자만 보며 공개되지 않습니다.
report-what = 잘못된 내용 (필수)
report-source = 출처 (선택)
report-source-hint = 근거가 되는 링크나 문헌 정보: 편집자에게 텍스트로만 표시됩니다.
report-email = 이메일 주소 (선택)
report-email-hint = 신고에 관해 문의할 때를 위한 것으로, 편집자만 볼 수 있습니다.
report-trap = 이 칸은 비워 두세요
report-send = 신고 보내기
report-page-title = 오류 신고: { $title }
report-about = 대상:
report-problem-required = 잘못된 내용을 적어 주세요.
report-problem-too-long = 최대 { $max }자까지 입력할 수 있습니다.
report-problem-hidden = 보이지 않는 문자가 들어 있습니다. 다시 입력해 주세요.
report-problem-email = 이메일 주소 형식이 아닙니다(예: name@example.org).
report-refused-too-soon = 신고가 아직 전송되지 않았습니다. 내용을 확인하고 다시 보내 주세요.
report-refused-trap = 신고가 전송되지 않았습니다. 비워 두어야 할 칸이 채워져 있었습니다(브라우저의 자동 완성일 수 있습니다). 다시 보내 주세요.
report-refused-paused = { $minutes ->
   *[other] 지금 사용 중인 연결에서 신고가 너무 많이 들어왔습니다. { $minutes }분 후에 다시 시도해 주세요.
}
report-status-heading = 신고 { $reference }
report-status-received = { $date }에 접수되었습니다.
report-status-new = 아직 답변하지 않았습니다. 편집자의 답변은 이 페이지에 표시되니 주소를 보관해 주세요.
report-status-accepted = { $date }에 수용되었습니다.
report-status-declined = { $date }에 기각되었습니다.
report-status-reply = 편집자의 답변
report-status-unpublished = 더 이상 게시되지 않는 사건
## An event's history, its revisions and its citation

last-changed = 마지막 수정: { $date }
history-link = 이 사건의 수정 기록
history-heading = “{ $title }” 수정 기록
history-explanation = 이 사건에 대한 모든 수정은 번호가 붙은 판으로 남으며, 최신 판부터 표시됩니다. 각 판에서 당시의 사건 내용과 이전 판에서 바뀐 점을 볼 수 있습니다.
revision-number = 제{ $number }판
by-an-editor = 편집자 수정
revision-first = 처음으로 기록된 판입니다.
revision-no-change = 내용을 바꾸지 않고 저장했습니다.
revision-changed = 바뀐 항목: { $parts }.
revision-languages = 언어: { $languages }.
revision-restores = 제{ $number }판의 내용으로 되돌렸습니다.
revision-note = 편집자 메모:
language-en = 영어
language-ko = 한국어
language-ja = 일본어
part-title = 제목
part-summary = 요약
part-body = 본문
part-start = 시작일
part-end = 종료일
part-category = 분야
part-actors = 관련 국가·기구
part-sources = 출처
part-positions = 각 측의 입장
part-related = 관련 사건
part-status = 공개 여부
part-in-language = { $field }({ $language })
revision-notice = 이 사건의 이전 판입니다.
revision-see-current = 현재 판 보기
revision-unreadable = 이 판은 현재의 사건 작성 규칙에 맞지 않아 페이지로 표시할 수 없습니다. 바뀐 점은 아래에 있습니다.
revision-was-retired = 이 판에서 사건은 연표에서 내려진 상태였습니다.
revision-diff = 제{ $number }판에서 바뀐 점
revision-previous = 이전 판 보기
diff-added = 추가:
diff-removed = 삭제:
cite = 이 사건 인용하기
cite-quote-open = 「
cite-quote-close = 」,
cite-text = { $site }, 제{ $number }판, { $date }.
cite-download = 문헌 관리 프로그램용 인용 정보 내려받기:

## 정정 목록

corrections-link = 정정 목록
loading-corrections = 정정 목록을 불러오는 중…
corrections-heading = 정정 목록
corrections-lede = 편집자가 사건의 오류를 바로잡으면 이곳에 최신순으로 올라갑니다. 무엇을 바로잡았는지 밝힌 편집자 메모와 바뀐 내용도 함께 보여 줍니다. 그 밖의 모든 수정은 각 사건의 수정 기록에 있습니다.
corrections-none = 아직 정정된 내용이 없습니다.
corrections-newer = ← 최근 정정
corrections-older = 이전 정정 →
corrected-on = { $date } 정정
revision-correction = 정정
