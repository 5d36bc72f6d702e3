import type { LessonDoc } from '../../../types/academy';

/** 社区与私域运营: posting what helps, sharing it to customers, and the rules content meets. */
export const COMMUNITY_LESSONS: LessonDoc[] = [
  {
    _id: 'l-community-1',
    courseId: 'c-community',
    order: 1,
    title: '发一篇有用的帖子',
    minutes: 3,
    videoUrl: '',
    teaches: [],
    steps: [
      {
        title: '社区是做什么的',
        body: '学院社区是经销商互相交流经验的地方：怎么应对缺货、怎么用看板抓旺季、怎么办一场品鉴会。好帖子会被品牌方设为精选，作者能得到积分。',
        imageUrl: '',
      },
      {
        title: '有用的帖子长什么样',
        body: '标题一句话说清问题，正文写背景、做法和结果，最好带上数字，比如"婚宴季前多备 20 箱，满足率从 85% 升到 98%"。再打上合适的标签，方便别人搜到。',
        imageUrl: '',
      },
      {
        title: '回答别人的问题',
        body: '看到有人提问，分享你自己的做法和踩过的坑。品牌方会把最有帮助的回答标为最佳答案，回答的人同样能被看见。',
        imageUrl: '',
      },
      {
        title: '哪些不能发',
        body: '不发客户的姓名、电话，不发进货价、协议价这类商业信息，不做夸大或虚假的宣传，也不发和经营无关的广告。',
        imageUrl: '',
      },
    ],
    questions: [
      {
        _id: 'q-l-community-1-1',
        prompt: '下面哪个帖子标题最好？',
        options: ['婚宴季前怎么备货：多备 20 箱后满足率从 85% 升到 98%', '大家好', '求助！！！'],
        answerIndex: 0,
        explanation:
          '好标题一眼就能看出讲什么、有什么结果，别人搜索时也能找到。"大家好""求助"说不清问题，很少有人会点开。',
      },
      {
        _id: 'q-l-community-1-2',
        prompt: '在社区帖子里分享下面哪项内容不合适？',
        options: ['你的备货思路', '你和品牌方的协议价', '你从看板上发现的问题'],
        answerIndex: 1,
        explanation:
          '协议价是你和品牌方之间的商业约定，公开后既可能损害你的利益，也违反内容规范。经验和方法可以分享，具体价格不要发。',
      },
      {
        _id: 'q-l-community-1-3',
        prompt: '你的帖子被品牌方设为精选后，会怎样？',
        options: ['帖子被删除', '作者被限制发帖', '作者获得积分'],
        answerIndex: 2,
        explanation: '精选是品牌方对有用内容的认可，作者会获得积分，帖子也会被更多经销商看到。',
      },
    ],
  },
  {
    _id: 'l-community-2',
    courseId: 'c-community',
    order: 2,
    title: '分享到客户群与内容审核',
    minutes: 3,
    videoUrl: '',
    teaches: [],
    steps: [
      {
        title: '把好内容带进客户群',
        body: '帖子和课程都能分享到微信群，群里显示成一张卡片，点开就直接进入那篇内容。给门店老板讲新品、讲存放方法，用卡片比发一大段文字清楚。',
        imageUrl: '',
      },
      {
        title: '私域要有分寸',
        body: '分享是为了帮客户，不是刷屏。一个群一天发一两条有用的内容就够了，节前备货提醒、新品到货通知最受欢迎。',
        imageUrl: '',
      },
      {
        title: '每条内容都要审核',
        body: '帖子和评论发出前都要经过内容安全检查。拿不准或还没检查完的内容会先隐藏，等人工审核通过后才显示。',
        imageUrl: '',
      },
      {
        title: '举报与发帖频率',
        body: '看到违规内容可以举报，品牌方会在审核队列里处理：通过、写明原因后驳回、隐藏或设为精选。为了防刷屏，每个人的发帖频率也有限制。',
        imageUrl: '',
      },
    ],
    questions: [
      {
        _id: 'q-l-community-2-1',
        prompt: '你刚发的帖子显示"审核中"，别人看不到。最可能的原因是？',
        options: ['内容检查拿不准，帖子先隐藏，等人工审核', '帖子已经被删除', '网络出了故障'],
        answerIndex: 0,
        explanation:
          '内容检查拿不准时宁可先藏起来，等人工审核后再显示，这样违规内容不会漏出去。审核通过后帖子就会正常显示。',
      },
      {
        _id: 'q-l-community-2-2',
        prompt: '在客户群里分享内容，哪种做法更好？',
        options: [
          '每小时发一次广告',
          '每天一两条有用的内容，比如节前备货提醒',
          '把社区所有帖子都转一遍',
        ],
        answerIndex: 1,
        explanation:
          '客户群里的人是你的生意伙伴，发得少而有用，他们才愿意看；刷屏只会让人屏蔽甚至退群。',
      },
      {
        _id: 'q-l-community-2-3',
        prompt: '群友点开你分享的帖子卡片，会看到什么？',
        options: ['直接打开那篇帖子', '打开小程序首页，自己去找', '什么也不会发生'],
        answerIndex: 0,
        explanation:
          '分享卡片带着那篇内容的地址，点开就落在那篇帖子上，不用再翻找，这也是用卡片而不是截图分享的好处。',
      },
      {
        _id: 'q-l-community-2-4',
        prompt: '看到社区里有人发虚假宣传，你应该？',
        options: ['在评论区和他争论', '转发到客户群', '举报，由品牌方在审核队列里处理'],
        answerIndex: 2,
        explanation:
          '举报后内容会进入品牌方的审核队列，由专人判断是否隐藏或驳回。争论和转发只会让错误信息传得更广。',
      },
    ],
  },
];
