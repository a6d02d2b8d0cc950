/** 都道府県 by the first two digits of a 地方公共団体コード (JIS X 0401). */
const PREFECTURES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県',
  '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県',
  '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県',
  '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
];

/** The prefecture of a 地方公共団体コード (for example 131016 → 東京都). */
export function prefectureOf(lgCode: string): string {
  return PREFECTURES[Number(lgCode.slice(0, 2)) - 1] ?? '都道府県';
}

/** True when the code is a prefecture's own (団体コード XX000). */
export const isPrefectureCode = (lgCode: string) => lgCode.slice(2, 5) === '000';
